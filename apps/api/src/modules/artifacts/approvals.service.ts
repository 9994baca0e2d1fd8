import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Approval,
  type ApprovalOverview,
  type ApprovalQuorum,
  PROBLEM_TYPES,
  type VersionStatus,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException } from '../../common/problem/problem.exception';
import { userRef } from '../users/user-ref.schema';
import { approvalsNeeded } from './approval-quorum';
import { ArtifactKindRegistry } from './artifact-kind';
import { ArtifactVersionsService } from './artifact-versions.service';
import {
  APPROVAL_QUORUM,
  DECISION_BY_ID,
  type DecisionRecord,
  DECISIONS_ON_VERSION,
  STEERING_MEMBERS,
} from './artifacts.queries';
import { AuditService } from './audit.service';
import type { ApprovalDto } from './dto/approval.dto';
import type { ArtifactEntity } from './entities/artifact.entity';
import { ArtifactApprovalEntity } from './entities/artifact-approval.entity';
import { ArtifactApproverEntity } from './entities/artifact-approver.entity';
import type { ArtifactVersionEntity } from './entities/artifact-version.entity';

/** The states in which a version waits for the steering group's decision. */
const AWAITING_DECISION: readonly VersionStatus[] = ['submitted', 'in_review'];

const invalidState = (detail: string) =>
  new ProblemException(409, detail, { type: PROBLEM_TYPES.invalidState });

/**
 * The steering group's approval of a submitted version (an action-plan baseline, a report):
 * the steering members at submission decide; the initiative's quorum (all, majority, any) makes
 * it approved; one rejection sends it back with its comment.
 */
@Injectable()
export class ApprovalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly versions: ArtifactVersionsService,
    private readonly audit: AuditService,
    private readonly kinds: ArtifactKindRegistry,
  ) {}

  /** Called when a version is submitted: the steering members of this moment are asked. */
  async askSteeringGroup(
    manager: EntityManager,
    artifact: ArtifactEntity,
    version: ArtifactVersionEntity,
  ): Promise<void> {
    const steering: { id: string; display_name: string }[] = await manager.query(STEERING_MEMBERS, [
      artifact.initiativeId,
    ]);
    if (steering.length === 0) {
      throw new ProblemException(
        409,
        'The initiative has no steering member who could approve it. Give members the steering role first.',
        { type: PROBLEM_TYPES.noApprovers },
      );
    }
    await manager.insert(
      ArtifactApproverEntity,
      steering.map((member, index) => ({
        versionId: version.id,
        userId: member.id,
        displayName: member.display_name,
        position: index + 1,
      })),
    );
  }

  async overview(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    user: AuthenticatedUser,
  ): Promise<ApprovalOverview> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    const version = await this.versions.versionEntity(artifact.id, number);
    return this.overviewOf(this.dataSource.manager, artifact, version, user);
  }

  async decide(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    dto: ApprovalDto,
    user: AuthenticatedUser,
  ): Promise<Approval> {
    if (dto.decision === 'reject' && !dto.comment) {
      throw new ProblemException(400, 'A rejection needs a comment: it tells what to change.', {
        type: PROBLEM_TYPES.validation,
        errors: [{ field: 'comment', message: 'comment should not be empty when rejecting' }],
      });
    }
    const approvalId = await this.dataSource.transaction(async (manager) => {
      const artifact = await this.versions.lockArtifact(manager, access, artifactId);
      const version = await this.versions.lockVersion(manager, artifact.id, number);
      if (!AWAITING_DECISION.includes(version.status)) {
        throw invalidState(
          `Version ${number} is not waiting for approval: it is ${version.status}.`,
        );
      }
      const overview = await this.overviewOf(manager, artifact, version, user);
      if (!overview.approvers.some((approver) => approver.userId === user.id)) {
        throw new ProblemException(
          403,
          'Only the steering members asked when this version was submitted decide on it.',
          { type: PROBLEM_TYPES.forbidden },
        );
      }
      if (overview.approvals.some((approval) => approval.approver?.userId === user.id)) {
        throw new ProblemException(409, 'You have already decided on this version.', {
          type: PROBLEM_TYPES.alreadyDecided,
        });
      }
      const saved = await manager.save(
        manager.create(ArtifactApprovalEntity, {
          versionId: version.id,
          approverId: user.id,
          approverName: user.displayName,
          decision: dto.decision,
          comment: dto.comment ?? null,
          contentHash: version.contentHash ?? '',
        }),
      );
      const base = {
        artifactId: artifact.id,
        versionNumber: version.number,
        actor: user,
        contentHash: version.contentHash,
        detail: (dto.comment ? { comment: dto.comment } : {}) as Record<string, string>,
      };
      await this.audit.record(manager, {
        ...base,
        action: dto.decision === 'approve' ? 'approval_given' : 'approval_refused',
      });
      if (dto.decision === 'reject') {
        version.status = 'rejected';
        await manager.save(version);
        await this.audit.record(manager, { ...base, action: 'rejected' });
      } else {
        const approvals = overview.approvals.filter((a) => a.decision === 'approve').length + 1;
        if (approvals >= overview.needed) {
          await this.kinds.get(artifact.kind).onApproved?.(manager, artifact, version, user);
          version.status = 'approved';
          await manager.save(version);
          await this.audit.record(manager, { ...base, action: 'approved', detail: {} });
        }
      }
      return saved.id;
    });
    const [approval] = await this.sql.rows<DecisionRecord>(DECISION_BY_ID, [approvalId]);
    if (!approval) throw notFound('The approval');
    return toApproval(approval);
  }

  /** The decisions on a version, in the order they were made (for its document). */
  async decisions(versionId: string): Promise<Approval[]> {
    const rows = await this.sql.rows<DecisionRecord>(DECISIONS_ON_VERSION, [versionId]);
    return rows.map(toApproval);
  }

  private async overviewOf(
    manager: EntityManager,
    artifact: ArtifactEntity,
    version: ArtifactVersionEntity,
    user: AuthenticatedUser,
  ): Promise<ApprovalOverview> {
    // One after the other: inside a transaction the statements share one connection.
    const approvers = await manager.find(ArtifactApproverEntity, {
      where: { versionId: version.id },
      order: { position: 'ASC' },
    });
    const approvals = await manager.find(ArtifactApprovalEntity, {
      where: { versionId: version.id },
      order: { decidedAt: 'ASC' },
    });
    const quorumRows: { approval_quorum: ApprovalQuorum }[] = await manager.query(APPROVAL_QUORUM, [
      artifact.initiativeId,
    ]);
    const quorum = quorumRows[0]?.approval_quorum ?? 'majority';
    const decided = new Set(approvals.map((approval) => approval.approverId));
    return {
      versionNumber: version.number,
      quorum,
      approvers: approvers.flatMap((a) => userRef(a.userId, a.displayName) ?? []),
      needed: approvalsNeeded(quorum, approvers.length),
      approvals: approvals.map(toApproval),
      canDecide:
        AWAITING_DECISION.includes(version.status) &&
        approvers.some((a) => a.userId === user.id) &&
        !decided.has(user.id),
    };
  }
}

function toApproval(entity: DecisionRecord): Approval {
  return {
    id: entity.id,
    approver: userRef(entity.approverId, entity.approverName),
    decision: entity.decision,
    comment: entity.comment,
    contentHash: entity.contentHash,
    decidedAt: entity.decidedAt.toISOString(),
  };
}
