import type { Signature, Withdrawal } from '@gw/shared/contracts';
import { userRef } from '../users/user-ref.schema';
import type { AgreementSignatureEntity } from './entities/agreement-signature.entity';

const SIGNATURE_COLUMNS = `id, version_id AS "versionId", actor_id AS "actorId", actor_name AS "actorName",
  signer_id AS "signerId", signer_name AS "signerName", decision, reason,
  content_hash AS "contentHash", kind, signed_at AS "signedAt"`;

/** The actors who must sign a version, in the order the document names them. */
export const SIGNATORIES_OF_VERSION = `
  SELECT version_id AS "versionId", position, actor_id AS "actorId", actor_name AS "actorName"
    FROM agreement_signatories WHERE version_id = $1 ORDER BY position`;

/** The signatures and declines given on a version, oldest first. */
export const SIGNATURES_OF_VERSION = `
  SELECT ${SIGNATURE_COLUMNS} FROM agreement_signatures WHERE version_id = $1 ORDER BY signed_at`;

export const SIGNATURE_BY_ID = `SELECT ${SIGNATURE_COLUMNS} FROM agreement_signatures WHERE id = $1`;

export function toSignature(entity: AgreementSignatureEntity): Signature {
  return {
    id: entity.id,
    actorId: entity.actorId ?? '',
    actorName: entity.actorName,
    signer: userRef(entity.signerId, entity.signerName),
    decision: entity.decision,
    reason: entity.reason,
    contentHash: entity.contentHash,
    signedAt: entity.signedAt.toISOString(),
    kind: entity.kind,
  };
}

export interface WithdrawalRow {
  id: string;
  actor_id: string | null;
  actor_name: string;
  effective_date: string;
  reason: string;
  recorded_by: string | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

export function toWithdrawal(row: WithdrawalRow): Withdrawal {
  return {
    id: row.id,
    actorId: row.actor_id ?? '',
    actorName: row.actor_name,
    effectiveDate: row.effective_date,
    reason: row.reason,
    recordedBy: userRef(row.recorded_by, row.recorded_by_name),
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** The partner actors of the initiative now: who has to sign a version submitted now. */
export const PARTNERS_TO_SIGN = `
  SELECT id, name FROM actors WHERE initiative_id = $1 AND is_partner ORDER BY lower(name), id`;

/** What the agreement's document names of its initiative. */
export const INITIATIVE_OF_AGREEMENT = 'SELECT name, municipality FROM initiatives WHERE id = $1';

/** Every withdrawal from the agreement, with who recorded it. */
export const WITHDRAWALS = `
  SELECT w.id, w.actor_id, w.actor_name, to_char(w.effective_date, 'YYYY-MM-DD') AS effective_date,
         w.reason, w.recorded_by, u.display_name AS recorded_by_name, w.recorded_at
    FROM agreement_withdrawals w LEFT JOIN users u ON u.id = w.recorded_by
   WHERE w.artifact_id = $1 ORDER BY w.recorded_at, w.id`;

/** The actor's signature of the version in force, and whether it has withdrawn since. */
export const SIGNATURE_IN_FORCE = `
  SELECT s.actor_name, s.signed_at,
         EXISTS (SELECT 1 FROM agreement_withdrawals w
                  WHERE w.artifact_id = $3 AND w.actor_id = s.actor_id AND w.recorded_at > s.signed_at) AS withdrawn
    FROM agreement_signatures s
   WHERE s.version_id = $1 AND s.actor_id = $2 AND s.decision = 'sign'`;

/** The actors of the initiative the user represents. */
export const REPRESENTED_ACTORS = `
  SELECT a.id, a.name, a.is_partner
    FROM actor_representatives r
    JOIN memberships m ON m.id = r.membership_id
    JOIN actors a ON a.id = r.actor_id
   WHERE m.user_id = $1 AND m.initiative_id = $2 AND a.initiative_id = $2
   ORDER BY lower(a.name)`;

export interface RepresentedActor {
  id: string;
  name: string;
  is_partner: boolean;
}

/** Who signed or declined a version, for anyone who checks a document by its hash. */
export const PUBLIC_SIGNATURES_OF_VERSION = `
  SELECT actor_name, decision, signed_at FROM agreement_signatures WHERE version_id = $1 ORDER BY signed_at, id`;
