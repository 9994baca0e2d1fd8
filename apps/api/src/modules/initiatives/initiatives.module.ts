import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipEntity } from '../members/entities/membership.entity';
import { PhasesModule } from '../phases/phases.module';
import { SharedGoalModule } from '../shared-goal/shared-goal.module';
import { InitiativeEntity } from './entities/initiative.entity';
import { InitiativesController } from './initiatives.controller';
import { InitiativesService } from './initiatives.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([InitiativeEntity, MembershipEntity]),
    PhasesModule,
    SharedGoalModule,
  ],
  controllers: [InitiativesController],
  providers: [InitiativesService],
  exports: [InitiativesService],
})
export class InitiativesModule {}
