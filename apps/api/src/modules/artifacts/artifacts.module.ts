import { Module } from '@nestjs/common';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';
import { ArtifactKindRegistry } from './artifact-kind';
import { ArtifactVersionsService } from './artifact-versions.service';
import { ArtifactsController } from './artifacts.controller';
import { AuditService } from './audit.service';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

/** The version lifecycle all tracked artifacts share; kinds plug in through the registry. */
@Module({
  controllers: [ArtifactsController, CommentsController, ApprovalsController],
  providers: [
    ArtifactKindRegistry,
    ArtifactVersionsService,
    AuditService,
    CommentsService,
    ApprovalsService,
  ],
  exports: [ArtifactKindRegistry, ArtifactVersionsService, AuditService, ApprovalsService],
})
export class ArtifactsModule {}
