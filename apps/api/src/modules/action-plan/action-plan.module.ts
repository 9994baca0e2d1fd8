import { Module } from '@nestjs/common';
import { ArtifactsModule } from '../artifacts/artifacts.module';
import { MeasuresModule } from '../measures/measures.module';
import { ActionPlanController } from './action-plan.controller';
import { ActionPlanKindHandler } from './action-plan-kind.handler';
import { ActionPlanService } from './action-plan.service';

/** The action plan as a tracked artifact: baselines of the measures, approved by the steering group. */
@Module({
  imports: [ArtifactsModule, MeasuresModule],
  controllers: [ActionPlanController],
  providers: [ActionPlanKindHandler, ActionPlanService],
})
export class ActionPlanModule {}
