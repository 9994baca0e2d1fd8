import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type ActionPlanContent,
  PROBLEM_TYPES,
  type Role,
  type VersionStatus,
} from '@gw/shared/contracts';
import type { AuthenticatedUser } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { ProblemException } from '../../common/problem/problem.exception';
import { ApprovalsService } from '../artifacts/approvals.service';
import {
  type ArtifactKindHandler,
  ArtifactKindRegistry,
  type ContentSection,
} from '../artifacts/artifact-kind';
import { AuditService } from '../artifacts/audit.service';
import type { ArtifactEntity } from '../artifacts/entities/artifact.entity';
import { ArtifactVersionEntity } from '../artifacts/entities/artifact-version.entity';
import { MeasuresService } from '../measures/measures.service';
import { renderActionPlanPdf } from './action-plan-pdf';
import { actionPlanSections } from './action-plan-sections';
import { actionPlanAsSeenBy, takeActionPlanSnapshot } from './action-plan-snapshot';

const invalidState = (detail: string) =>
  new ProblemException(409, detail, { type: PROBLEM_TYPES.invalidState });

/**
 * The action plan as a tracked artifact. Its content is not edited: it is the living list of
 * measures, frozen into a baseline when a version is submitted; the steering group approves it
 * with the initiative's quorum.
 */
@Injectable()
export class ActionPlanKindHandler implements ArtifactKindHandler<ActionPlanContent>, OnModuleInit {
  readonly kind = 'action_plan' as const;

  constructor(
    private readonly registry: ArtifactKindRegistry,
    private readonly measures: MeasuresService,
    private readonly approvals: ApprovalsService,
    private readonly audit: AuditService,
    private readonly sql: SqlService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  parseContent(): Promise<ActionPlanContent> {
    return Promise.reject(
      invalidState(
        'An action-plan baseline is not edited: it is the list of measures. Change the measures, then submit a new baseline.',
      ),
    );
  }

  initialContent(manager: EntityManager, artifact: ArtifactEntity): Promise<ActionPlanContent> {
    return this.currentContent(manager, artifact);
  }

  async currentContent(
    manager: EntityManager,
    artifact: ArtifactEntity,
  ): Promise<ActionPlanContent> {
    return takeActionPlanSnapshot(
      manager,
      artifact.initiativeId,
      await this.measures.snapshot(manager, artifact.initiativeId),
    );
  }

  sections(content: ActionPlanContent): ContentSection[] {
    return actionPlanSections(content);
  }

  visibleTo(content: ActionPlanContent, role: Role): ActionPlanContent {
    return actionPlanAsSeenBy(content, role);
  }

  assertCanStartVersion(latest: ArtifactVersionEntity | null): void {
    if (latest?.status === 'draft') {
      throw invalidState(
        `Baseline ${latest.number} is still a draft: submit it for approval first.`,
      );
    }
    if (latest?.status === 'submitted') {
      throw invalidState(`Baseline ${latest.number} is waiting for the steering group's decision.`);
    }
  }

  /** Freezes the measures as they are now and asks the steering members for approval. */
  async submit(
    manager: EntityManager,
    artifact: ArtifactEntity,
    version: ArtifactVersionEntity,
  ): Promise<VersionStatus> {
    await this.approvals.askSteeringGroup(manager, artifact, version);
    return 'submitted';
  }

  /** A new approved baseline supersedes the one approved before. */
  async onApproved(
    manager: EntityManager,
    artifact: ArtifactEntity,
    version: ArtifactVersionEntity,
    user: AuthenticatedUser,
  ): Promise<void> {
    const previous = await manager.findBy(ArtifactVersionEntity, {
      artifactId: artifact.id,
      status: 'approved',
    });
    for (const old of previous) {
      old.status = 'superseded';
      await manager.save(old);
      await this.audit.record(manager, {
        artifactId: artifact.id,
        versionNumber: old.number,
        actor: user,
        action: 'superseded',
        contentHash: old.contentHash,
        detail: { by: String(version.number) },
      });
    }
  }

  async renderPdf(artifact: ArtifactEntity, version: ArtifactVersionEntity): Promise<Buffer> {
    const [initiative] = await this.sql.rows<{ name: string }>(
      'SELECT name FROM initiatives WHERE id = $1',
      [artifact.initiativeId],
    );
    const approvals = await this.sql.rows<{
      id: string;
      approver_id: string | null;
      approver_name: string;
      decision: 'approve' | 'reject';
      comment: string | null;
      content_hash: string;
      decided_at: Date;
    }>(`SELECT * FROM artifact_approvals WHERE version_id = $1 ORDER BY decided_at, id`, [
      version.id,
    ]);
    return renderActionPlanPdf({
      initiativeName: initiative?.name ?? '',
      versionNumber: version.number,
      status: version.status,
      contentHash: version.contentHash,
      submittedAt: version.submittedAt,
      content: version.content as ActionPlanContent,
      approvals: approvals.map((a) => ({
        id: a.id,
        approver: a.approver_id ? { userId: a.approver_id, displayName: a.approver_name } : null,
        decision: a.decision,
        comment: a.comment,
        contentHash: a.content_hash,
        decidedAt: a.decided_at.toISOString(),
      })),
      today: new Date(),
    });
  }
}
