import { Module } from '@nestjs/common';
import { WorkingGroupsController } from './working-groups.controller';
import { WorkingGroupsService } from './working-groups.service';

/** Working groups (Arbeitsgruppen): members, lead, participating actors. */
@Module({
  controllers: [WorkingGroupsController],
  providers: [WorkingGroupsService],
  exports: [WorkingGroupsService],
})
export class WorkingGroupsModule {}
