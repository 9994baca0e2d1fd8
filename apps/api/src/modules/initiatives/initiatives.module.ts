import { forwardRef, Module } from '@nestjs/common';
import { ArtifactsModule } from '../artifacts/artifacts.module';
import { MembersModule } from '../members/members.module';
import { PhasesModule } from '../phases/phases.module';
import { SharedGoalModule } from '../shared-goal/shared-goal.module';
import { InitiativesController } from './initiatives.controller';
import { InitiativesService } from './initiatives.service';

@Module({
  imports: [
    ArtifactsModule,
    MembersModule,
    // The phases add the checklist to a new initiative; their transitions change its phase.
    forwardRef(() => PhasesModule),
    SharedGoalModule,
  ],
  controllers: [InitiativesController],
  providers: [InitiativesService],
  exports: [InitiativesService],
})
export class InitiativesModule {}
