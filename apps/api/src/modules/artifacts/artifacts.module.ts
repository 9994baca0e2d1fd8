import { Module } from '@nestjs/common';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';
import { ArtifactChangesService } from './artifact-changes.service';
import { ArtifactKindRegistry } from './artifact-kind';
import { ArtifactVersionsService } from './artifact-versions.service';
import { ArtifactsController } from './artifacts.controller';
import { AuditService } from './audit.service';
import { BaselineChangesService } from './baseline-changes.service';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';

/**
 * The version lifecycle all tracked artifacts share; kinds plug in through the registry. The
 * action plan's baselines are its versions, so their comparison with the measures is read here.
 */
@Module({
  controllers: [ArtifactsController, CommentsController, ApprovalsController],
  providers: [
    ArtifactKindRegistry,
    ArtifactVersionsService,
    ArtifactChangesService,
    AuditService,
    CommentsService,
    ApprovalsService,
    BaselineChangesService,
  ],
  exports: [
    ArtifactKindRegistry,
    ArtifactVersionsService,
    ArtifactChangesService,
    AuditService,
    ApprovalsService,
    BaselineChangesService,
  ],
})
export class ArtifactsModule {}
