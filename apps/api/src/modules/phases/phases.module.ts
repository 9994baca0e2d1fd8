import { forwardRef, Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { PhasePreconditions } from './phase-preconditions';
import { PhaseTransitionsController } from './phase-transitions.controller';
import { PhaseTransitionsService } from './phase-transitions.service';
import { StepsController } from './steps.controller';
import { StepsService } from './steps.service';

/** The three phases: their checklist steps and the transitions between them. */
@Module({
  // A new initiative gets its checklist from here; an approved transition changes its phase.
  imports: [forwardRef(() => InitiativesModule)],
  controllers: [StepsController, PhaseTransitionsController],
  providers: [StepsService, PhaseTransitionsService, PhasePreconditions],
  exports: [StepsService, PhasePreconditions, PhaseTransitionsService],
})
export class PhasesModule {}
