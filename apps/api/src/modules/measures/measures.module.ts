import { Module } from '@nestjs/common';
import { ArtifactsModule } from '../artifacts/artifacts.module';
import { MeasuresController } from './measures.controller';
import { MeasuresService } from './measures.service';

/**
 * The measures (Maßnahmen) of the action plan; `MeasuresService.snapshot` feeds its baselines.
 * Their changes since the last approved baseline come from the artifacts module, which holds the
 * baselines as action-plan versions.
 */
@Module({
  imports: [ArtifactsModule],
  controllers: [MeasuresController],
  providers: [MeasuresService],
  exports: [MeasuresService],
})
export class MeasuresModule {}
