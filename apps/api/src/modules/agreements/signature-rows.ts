import type { Signature, Withdrawal } from '@gw/shared/contracts';
import { userRef } from '../users/user-ref.schema';
import type { AgreementSignatureEntity } from './entities/agreement-signature.entity';

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
