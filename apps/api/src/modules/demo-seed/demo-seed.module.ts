import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { ArtifactsModule } from '../artifacts/artifacts.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { PhasesModule } from '../phases/phases.module';
import { ReportsModule } from '../reports/reports.module';
import { DemoSeedService } from './demo-seed.service';
import { DemoStoryServices } from './demo-story-services';

@Module({
  imports: [InitiativesModule, ArtifactsModule, AgreementsModule, PhasesModule, ReportsModule],
  providers: [DemoSeedService, DemoStoryServices],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
