import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module';
import { ArtifactsModule } from '../artifacts/artifacts.module';
import { AgreementKindHandler } from './agreement-kind.handler';
import { SignaturesController } from './signatures.controller';
import { SignaturesService } from './signatures.service';
import { VerificationController } from './verification.controller';

/** The cooperation agreement: its content, signature rounds, accession, withdrawal, verification. */
@Module({
  imports: [ActorsModule, ArtifactsModule],
  controllers: [SignaturesController, VerificationController],
  providers: [AgreementKindHandler, SignaturesService],
  exports: [SignaturesService],
})
export class AgreementsModule {}
