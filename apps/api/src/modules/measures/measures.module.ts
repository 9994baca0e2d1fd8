import { Module } from '@nestjs/common';
import { BaselineChangesService } from '../action-plan/baseline-changes.service';
import { MeasuresController } from './measures.controller';
import { MeasuresService } from './measures.service';

/**
 * The measures (Maßnahmen) of the action plan; `MeasuresService.snapshot` feeds its baselines.
 * BaselineChangesService (stateless) is provided here rather than imported with the action-plan
 * module, which imports this one.
 */
@Module({
  controllers: [MeasuresController],
  providers: [MeasuresService, BaselineChangesService],
  exports: [MeasuresService],
})
export class MeasuresModule {}
