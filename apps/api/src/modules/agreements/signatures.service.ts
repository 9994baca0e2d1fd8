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
import { ArtifactVersionsService } from '../artifacts/artifact-versions.service';
import { AuditService } from '../artifacts/audit.service';
import type { ArtifactEntity } from '../artifacts/entities/artifact.entity';
import { ArtifactVersionEntity } from '../artifacts/entities/artifact-version.entity';
import type { SignDto, WithdrawDto } from './dto/signature.dto';
import { AgreementSignatoryEntity } from './entities/agreement-signatory.entity';
import { AgreementSignatureEntity } from './entities/agreement-signature.entity';
import { AgreementWithdrawalEntity } from './entities/agreement-withdrawal.entity';
import { toSignature, toWithdrawal, type WithdrawalRow } from './signature-rows';

interface RepresentedActor {
  id: string;
  name: string;
  is_partner: boolean;
}

const notRepresentative = (detail: string) =>
  new ProblemException(403, detail, { type: PROBLEM_TYPES.notRepresentative });
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
    artifact: ArtifactEntity,
    version: ArtifactVersionEntity,
    caller: { represented: RepresentedActor[]; coordination: boolean } = {
      represented: [],
      coordination: false,
    },
  ): Promise<SignatureOverview> {
    const manager = this.dataSource.manager;
    const [signatories, signatures, withdrawals] = await Promise.all([
      manager.find(AgreementSignatoryEntity, {
        where: { versionId: version.id },
        order: { position: 'ASC' },
      }),
      manager.find(AgreementSignatureEntity, {
        where: { versionId: version.id },
        order: { signedAt: 'ASC' },
      }),
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
      const actor = this.chooseActor(dto, version, represented, signatoryIds, byActor);

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
        await this.setStatus(manager, version, 'declined');
      } else {
        await this.audit.record(manager, { ...base, action: 'signed', detail });
        const signed = signatures.filter((s) => s.decision === 'sign').length + 1;
        if (signed === signatories.length) await this.putInForce(manager, artifact, version, user);
      }
      return saved.id;
    });
    const signature = await this.dataSource
      .getRepository(AgreementSignatureEntity)
      .findOneByOrFail({ id: signatureId });
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
      const inForce = await manager.findOneBy(ArtifactVersionEntity, {
        artifactId: artifact.id,
        status: 'in_force',
      });
      if (!inForce)
        throw invalidState(
          'No version of the agreement is in force, so there is nothing to withdraw from.',
        );
      const rows: { actor_name: string; signed_at: Date; withdrawn: boolean }[] =
        await manager.query(
          `SELECT s.actor_name, s.signed_at,
                EXISTS (SELECT 1 FROM agreement_withdrawals w
                         WHERE w.artifact_id = $3 AND w.actor_id = s.actor_id AND w.recorded_at > s.signed_at) AS withdrawn
           FROM agreement_signatures s
          WHERE s.version_id = $1 AND s.actor_id = $2 AND s.decision = 'sign'`,
          [inForce.id, dto.actorId, artifact.id],
        );
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
    const rows = await this.sql.rows<WithdrawalRow>(
      `SELECT w.id, w.actor_id, w.actor_name, to_char(w.effective_date, 'YYYY-MM-DD') AS effective_date,
              w.reason, w.recorded_by, u.display_name AS recorded_by_name, w.recorded_at
         FROM agreement_withdrawals w LEFT JOIN users u ON u.id = w.recorded_by
        WHERE w.artifact_id = $1 ORDER BY w.recorded_at, w.id`,
      [artifactId],
    );
    return rows.map(toWithdrawal);
  }

  private chooseActor(
    dto: SignDto,
    version: ArtifactVersionEntity,
    represented: RepresentedActor[],
    signatoryIds: Set<string | null>,
    byActor: Map<string | null, AgreementSignatureEntity>,
  ): RepresentedActor {
    if (dto.actorId) {
      const actor = represented.find((a) => a.id === dto.actorId);
      if (!actor)
        throw notRepresentative('You do not represent this actor, so you cannot sign for it.');
      if (byActor.has(actor.id)) {
        throw new ProblemException(409, `${actor.name} has already signed this version.`, {
          type: PROBLEM_TYPES.alreadySigned,
        });
      }
      if (!signableActors(version, [actor], signatoryIds, byActor).length) {
        throw notRepresentative(`${actor.name} is not a partner that can sign this version.`);
      }
      return actor;
    }
    const signable = signableActors(version, represented, signatoryIds, byActor);
    const [only] = signable;
    if (only && signable.length === 1) return only;
    if (signable.length > 1) {
      throw new ProblemException(
        400,
        'You represent several partners: say for which one you sign.',
        {
          type: PROBLEM_TYPES.validation,
          errors: [
            {
              field: 'actorId',
              message: `actorId must be one of: ${signable.map((a) => a.id).join(', ')}`,
            },
          ],
        },
      );
    }
    if (represented.some((actor) => byActor.has(actor.id))) {
      throw new ProblemException(
        409,
        'The partner you represent has already signed this version.',
        {
          type: PROBLEM_TYPES.alreadySigned,
        },
      );
    }
    throw notRepresentative('You do not represent a partner that has to sign this version.');
  }

  /** All partners signed: the version is in force, and the one in force before it is superseded. */
  private async putInForce(
    manager: EntityManager,
    artifact: ArtifactEntity,
    version: ArtifactVersionEntity,
    user: AuthenticatedUser,
  ): Promise<void> {
    const previous = await manager.findBy(ArtifactVersionEntity, {
      artifactId: artifact.id,
      status: 'in_force',
    });
    for (const old of previous) {
      await this.setStatus(manager, old, 'superseded');
      await this.audit.record(manager, {
        artifactId: artifact.id,
        versionNumber: old.number,
        actor: user,
        action: 'superseded',
        contentHash: old.contentHash,
        detail: { by: String(version.number) },
      });
    }
    await this.setStatus(manager, version, 'in_force');
    await this.audit.record(manager, {
      artifactId: artifact.id,
      versionNumber: version.number,
      actor: user,
      action: 'in_force',
      contentHash: version.contentHash,
    });
  }

  private async setStatus(
    manager: EntityManager,
    version: ArtifactVersionEntity,
    status: ArtifactVersionEntity['status'],
  ) {
    version.status = status;
    await manager.save(version);
  }

  /** The actors of this initiative the user represents. */
  private representedActors(
    manager: EntityManager,
    access: InitiativeAccess,
    user: AuthenticatedUser,
  ): Promise<RepresentedActor[]> {
    return manager.query(
      `SELECT a.id, a.name, a.is_partner
         FROM actor_representatives r
         JOIN memberships m ON m.id = r.membership_id
         JOIN actors a ON a.id = r.actor_id
        WHERE m.user_id = $1 AND m.initiative_id = $2 AND a.initiative_id = $2
        ORDER BY lower(a.name)`,
      [user.id, access.initiativeId],
    );
  }

  private async agreement(access: InitiativeAccess, artifactId: string): Promise<ArtifactEntity> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    if (artifact.kind !== 'agreement') throw notFound('The agreement');
    return artifact;
  }
}

/** Partners that signed the version in force and are still in: whom the caller may withdraw. */
function withdrawableActors(
  signatures: AgreementSignatureEntity[],
  withdrawals: Withdrawal[],
  caller: { represented: RepresentedActor[]; coordination: boolean },
): { actorId: string; actorName: string }[] {
  const represented = new Set(caller.represented.map((actor) => actor.id));
  return signatures
    .filter((s) => s.decision === 'sign' && s.actorId)
    .filter(
      (s) =>
        !withdrawals.some(
          (w) => w.actorId === s.actorId && w.recordedAt > s.signedAt.toISOString(),
        ),
    )
    .filter((s) => caller.coordination || represented.has(s.actorId ?? ''))
    .map((s) => ({ actorId: s.actorId ?? '', actorName: s.actorName }));
}

/**
 * The actors a user may sign for now: in a round, the required signatories not yet signed; on
 * the version in force, partners that were not asked in its round and have not acceded yet.
 */
function signableActors(
  version: ArtifactVersionEntity,
  represented: RepresentedActor[],
  signatoryIds: Set<string | null>,
  byActor: Map<string | null, AgreementSignatureEntity>,
): RepresentedActor[] {
  return represented.filter((actor) => {
    if (byActor.has(actor.id)) return false;
    if (version.status === 'signing') return signatoryIds.has(actor.id);
    if (version.status === 'in_force') return actor.is_partner && !signatoryIds.has(actor.id);
    return false;
  });
}
