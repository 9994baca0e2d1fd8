import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { ArtifactsModule } from '../artifacts/artifacts.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { AgreementSeedServices } from './demo-agreement';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [InitiativesModule, ArtifactsModule, AgreementsModule],
  providers: [DemoSeedService, AgreementSeedServices],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
