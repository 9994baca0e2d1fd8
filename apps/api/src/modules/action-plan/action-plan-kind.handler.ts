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
import { takeActionPlanSnapshot } from '../../read-models/action-plan-content/action-plan-content';
import { ApprovalsService } from '../artifacts/approvals.service';
import { ArtifactChangesService } from '../artifacts/artifact-changes.service';
import {
  type ArtifactKindHandler,
  ArtifactKindRegistry,
  type ContentSection,
  type StoredArtifact,
  type StoredVersion,
} from '../artifacts/artifact-kind';
import { MeasuresService } from '../measures/measures.service';
import { INITIATIVE_NAME } from './action-plan.queries';
import { renderActionPlanPdf } from './action-plan-pdf';
import { actionPlanSections } from './action-plan-sections';
import { actionPlanAsSeenBy } from './action-plan-visibility';

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
    private readonly changes: ArtifactChangesService,
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

  initialContent(manager: EntityManager, artifact: StoredArtifact): Promise<ActionPlanContent> {
    return this.currentContent(manager, artifact);
  }

  async currentContent(
    manager: EntityManager,
    artifact: StoredArtifact,
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

  assertCanStartVersion(latest: StoredVersion | null): void {
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
    artifact: StoredArtifact,
    version: StoredVersion,
  ): Promise<VersionStatus> {
    await this.approvals.askSteeringGroup(manager, artifact, version);
    return 'submitted';
  }

  /** A new approved baseline supersedes the one approved before. */
  async onApproved(
    manager: EntityManager,
    artifact: StoredArtifact,
    version: StoredVersion,
    user: AuthenticatedUser,
  ): Promise<void> {
    await this.changes.supersede(manager, artifact.id, 'approved', version, user);
  }

  async renderPdf(artifact: StoredArtifact, version: StoredVersion): Promise<Buffer> {
    const [initiative] = await this.sql.rows<{ name: string }>(INITIATIVE_NAME, [
      artifact.initiativeId,
    ]);
    return renderActionPlanPdf({
      initiativeName: initiative?.name ?? '',
      versionNumber: version.number,
      status: version.status,
      contentHash: version.contentHash,
      submittedAt: version.submittedAt,
      content: version.content as ActionPlanContent,
      approvals: await this.approvals.decisions(version.id),
      today: new Date(),
    });
  }
}
