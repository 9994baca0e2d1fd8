import { Module } from '@nestjs/common';
import { PhasePreconditions } from './phase-preconditions';
import { PhaseTransitionsController } from './phase-transitions.controller';
import { PhaseTransitionsService } from './phase-transitions.service';
import { StepsController } from './steps.controller';
import { StepsService } from './steps.service';

/** The three phases: their checklist steps and the transitions between them. */
@Module({
  controllers: [StepsController, PhaseTransitionsController],
  providers: [StepsService, PhaseTransitionsService, PhasePreconditions],
  exports: [StepsService, PhasePreconditions, PhaseTransitionsService],
})
export class PhasesModule {}
