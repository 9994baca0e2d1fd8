import { ActorsService } from '../actors/actors.service';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  PROBLEM_TYPES,
  type Signature,
  type SignatureOverview,
  type Withdrawal,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException } from '../../common/problem/problem.exception';
import { ArtifactChangesService } from '../artifacts/artifact-changes.service';
import type { StoredArtifact, StoredVersion } from '../artifacts/artifact-kind';
import { ArtifactVersionsService } from '../artifacts/artifact-versions.service';
import { AuditService } from '../artifacts/audit.service';
import {
  REPRESENTED_ACTORS,
  type RepresentedActor,
  SIGNATURE_IN_FORCE,
  SIGNATORIES_OF_VERSION,
  SIGNATURE_BY_ID,
  SIGNATURES_OF_VERSION,
  toSignature,
  toWithdrawal,
  type WithdrawalRow,
  WITHDRAWALS,
} from './agreements.queries';
import type { SignDto, WithdrawDto } from './dto/signature.dto';
import { AgreementSignatoryEntity } from './entities/agreement-signatory.entity';
import { AgreementSignatureEntity } from './entities/agreement-signature.entity';
import { AgreementWithdrawalEntity } from './entities/agreement-withdrawal.entity';
import {
  chooseActor,
  notRepresentative,
  signableActors,
  withdrawableActors,
} from './signing-rules';

const invalidState = (detail: string) =>
  new ProblemException(409, detail, { type: PROBLEM_TYPES.invalidState });

/**
 * Signature rounds of the cooperation agreement: every partner that had to sign when the version
 * was submitted signs or declines that exact version; all signed → in force; one decline ends
 * the round. Later partners accede to the version in force; partners can withdraw.
 */
@Injectable()
export class SignaturesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly versions: ArtifactVersionsService,
    private readonly changes: ArtifactChangesService,
    private readonly audit: AuditService,
    private readonly actors: ActorsService,
  ) {}

  async overview(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    user: AuthenticatedUser,
  ): Promise<SignatureOverview> {
    const artifact = await this.agreement(access, artifactId);
    const version = await this.versions.versionEntity(artifact.id, number);
    const represented = await this.representedActors(this.dataSource.manager, access, user);
    return this.overviewOf(artifact, version, {
      represented,
      coordination: access.role === 'coordination',
    });
  }

  /**
   * Who had to sign the version and who did; `caller` decides what the caller may sign or
   * record a withdrawal for (nothing, when rendering a document).
   */
  async overviewOf(
    artifact: StoredArtifact,
    version: StoredVersion,
    caller: { represented: RepresentedActor[]; coordination: boolean } = {
      represented: [],
      coordination: false,
    },
  ): Promise<SignatureOverview> {
    const [signatories, signatures, withdrawals] = await Promise.all([
      this.sql.rows<AgreementSignatoryEntity>(SIGNATORIES_OF_VERSION, [version.id]),
      this.sql.rows<AgreementSignatureEntity>(SIGNATURES_OF_VERSION, [version.id]),
      this.withdrawals(artifact.id),
    ]);
    const byActor = new Map(signatures.map((s) => [s.actorId, s]));
    const signatoryIds = new Set(signatories.map((s) => s.actorId));
    return {
      versionNumber: version.number,
      contentHash: version.contentHash,
      required: signatories.map((signatory) => {
        const signature = signatory.actorId ? byActor.get(signatory.actorId) : undefined;
        return {
          actorId: signatory.actorId ?? '',
          actorName: signatory.actorName,
          status: signature ? (signature.decision === 'sign' ? 'signed' : 'declined') : 'pending',
          signature: signature ? toSignature(signature) : null,
        };
      }),
      accessions: signatures.filter((s) => s.kind === 'accession').map(toSignature),
      withdrawals,
      signable: signableActors(version, caller.represented, signatoryIds, byActor).map((a) => ({
        actorId: a.id,
        actorName: a.name,
      })),
      withdrawable:
        version.status === 'in_force' ? withdrawableActors(signatures, withdrawals, caller) : [],
    };
  }

  async sign(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    dto: SignDto,
    user: AuthenticatedUser,
  ): Promise<Signature> {
    if (dto.decision === 'decline' && !dto.reason) {
      throw new ProblemException(400, 'A decline needs a reason: coordination will read it.', {
        type: PROBLEM_TYPES.validation,
        errors: [{ field: 'reason', message: 'reason should not be empty when declining' }],
      });
    }
    const signatureId = await this.dataSource.transaction(async (manager) => {
      const artifact = await this.versions.lockArtifact(manager, access, artifactId);
      if (artifact.kind !== 'agreement') throw notFound('The agreement');
      const version = await this.versions.lockVersion(manager, artifact.id, number);
      if (version.status !== 'signing' && version.status !== 'in_force') {
        throw invalidState(`Version ${number} cannot be signed: it is ${version.status}.`);
      }
      const represented = await this.representedActors(manager, access, user);
      if (represented.length === 0) {
        throw notRepresentative(
          'You do not represent any actor of this initiative, so you cannot sign for one.',
        );
      }
      const signatories = await manager.find(AgreementSignatoryEntity, {
        where: { versionId: version.id },
      });
      const signatures = await manager.find(AgreementSignatureEntity, {
        where: { versionId: version.id },
      });
      const signatoryIds = new Set(signatories.map((s) => s.actorId));
      const byActor = new Map(signatures.map((s) => [s.actorId, s]));
      const actor = chooseActor(dto, version, represented, signatoryIds, byActor);

      if (version.status === 'in_force' && dto.decision === 'decline') {
        throw invalidState(
          'This version is in force; there is nothing to decline. A partner leaves by withdrawing.',
        );
      }
      const kind = version.status === 'signing' ? 'round' : 'accession';
      const saved = await manager.save(
        manager.create(AgreementSignatureEntity, {
          versionId: version.id,
          actorId: actor.id,
          actorName: actor.name,
          signerId: user.id,
          signerName: user.displayName,
          decision: dto.decision,
          reason: dto.reason ?? null,
          contentHash: version.contentHash ?? '',
          kind,
        }),
      );
      const detail = { actorName: actor.name, ...(dto.reason ? { reason: dto.reason } : {}) };
      const base = {
        artifactId: artifact.id,
        versionNumber: version.number,
        actor: user,
        contentHash: version.contentHash,
      };
      if (kind === 'accession') {
        await this.audit.record(manager, { ...base, action: 'acceded', detail });
      } else if (dto.decision === 'decline') {
        await this.audit.record(manager, { ...base, action: 'declined', detail });
        await this.changes.setStatus(manager, version, 'declined');
      } else {
        await this.audit.record(manager, { ...base, action: 'signed', detail });
        const signed = signatures.filter((s) => s.decision === 'sign').length + 1;
        if (signed === signatories.length) await this.putInForce(manager, artifact, version, user);
      }
      return saved.id;
    });
    const [signature] = await this.sql.rows<AgreementSignatureEntity>(SIGNATURE_BY_ID, [
      signatureId,
    ]);
    return toSignature(signature);
  }

  async withdraw(
    access: InitiativeAccess,
    artifactId: string,
    dto: WithdrawDto,
    user: AuthenticatedUser,
  ): Promise<Withdrawal> {
    const withdrawalId = await this.dataSource.transaction(async (manager) => {
      const artifact = await this.versions.lockArtifact(manager, access, artifactId);
      if (artifact.kind !== 'agreement') throw notFound('The agreement');
      const represented = await this.representedActors(manager, access, user);
      const representsActor = represented.some((actor) => actor.id === dto.actorId);
      if (access.role !== 'coordination' && !representsActor) {
        throw notRepresentative(
          'Only the coordination office or a representative of the partner records its withdrawal.',
        );
      }
      const inForce = await this.changes.versionInState(manager, artifact.id, 'in_force');
      if (!inForce)
        throw invalidState(
          'No version of the agreement is in force, so there is nothing to withdraw from.',
        );
      const rows: { actor_name: string; signed_at: Date; withdrawn: boolean }[] =
        await manager.query(SIGNATURE_IN_FORCE, [inForce.id, dto.actorId, artifact.id]);
      const signature = rows[0];
      if (!signature) throw invalidState('This actor has not signed the version in force.');
      if (signature.withdrawn)
        throw invalidState('This actor has already withdrawn from the agreement.');
      const saved = await manager.save(
        manager.create(AgreementWithdrawalEntity, {
          artifactId: artifact.id,
          actorId: dto.actorId,
          actorName: signature.actor_name,
          effectiveDate: dto.effectiveDate,
          reason: dto.reason,
          recordedBy: user.id,
        }),
      );
      // The actor is no longer a partner: later signature rounds do not wait for it.
      await this.actors.endPartnership(manager, access.initiativeId, dto.actorId);
      await this.audit.record(manager, {
        artifactId: artifact.id,
        versionNumber: inForce.number,
        actor: user,
        action: 'withdrew',
        contentHash: inForce.contentHash,
        detail: {
          actorName: signature.actor_name,
          effectiveDate: dto.effectiveDate,
          reason: dto.reason,
        },
      });
      return saved.id;
    });
    const withdrawals = await this.withdrawals(artifactId);
    const withdrawal = withdrawals.find((w) => w.id === withdrawalId);
    if (!withdrawal) throw notFound('The withdrawal');
    return withdrawal;
  }

  /** Every withdrawal from the agreement, with who recorded it. */
  async withdrawals(artifactId: string): Promise<Withdrawal[]> {
    const rows = await this.sql.rows<WithdrawalRow>(WITHDRAWALS, [artifactId]);
    return rows.map(toWithdrawal);
  }

  /** All partners signed: the version is in force, and the one in force before it is superseded. */
  private async putInForce(
    manager: EntityManager,
    artifact: StoredArtifact,
    version: StoredVersion,
    user: AuthenticatedUser,
  ): Promise<void> {
    await this.changes.supersede(manager, artifact.id, 'in_force', version, user);
    await this.changes.setStatus(manager, version, 'in_force');
    await this.audit.record(manager, {
      artifactId: artifact.id,
      versionNumber: version.number,
      actor: user,
      action: 'in_force',
      contentHash: version.contentHash,
    });
  }

  /** The actors of this initiative the user represents. */
  private representedActors(
    manager: EntityManager,
    access: InitiativeAccess,
    user: AuthenticatedUser,
  ): Promise<RepresentedActor[]> {
    return manager.query(REPRESENTED_ACTORS, [user.id, access.initiativeId]);
  }

  private async agreement(access: InitiativeAccess, artifactId: string): Promise<StoredArtifact> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    if (artifact.kind !== 'agreement') throw notFound('The agreement');
    return artifact;
  }
}
