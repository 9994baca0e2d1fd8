import { Module } from '@nestjs/common';
import { ArtifactKindRegistry } from './artifact-kind';
import { ArtifactVersionsService } from './artifact-versions.service';
import { ArtifactsController } from './artifacts.controller';
import { AuditService } from './audit.service';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

/** The version lifecycle all tracked artifacts share; kinds plug in through the registry. */
@Module({
  controllers: [ArtifactsController, CommentsController],
  providers: [ArtifactKindRegistry, ArtifactVersionsService, AuditService, CommentsService],
  exports: [ArtifactKindRegistry, ArtifactVersionsService, AuditService],
})
export class ArtifactsModule {}
