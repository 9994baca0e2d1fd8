import { Module } from '@nestjs/common';
import { AgreementsModule } from '../../modules/agreements/agreements.module';
import { ArtifactsModule } from '../../modules/artifacts/artifacts.module';
import { InitiativesModule } from '../../modules/initiatives/initiatives.module';
import { PhasesModule } from '../../modules/phases/phases.module';
import { ReportsModule } from '../../modules/reports/reports.module';
import { DemoSeedService } from './demo-seed.service';
import { DemoStoryServices } from './demo-story-services';

@Module({
  imports: [InitiativesModule, ArtifactsModule, AgreementsModule, PhasesModule, ReportsModule],
  providers: [DemoSeedService, DemoStoryServices],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
