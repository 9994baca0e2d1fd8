import { PROBLEM_TYPES, type Withdrawal } from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';
import type { StoredVersion } from '../artifacts/artifact-kind';
import type { RepresentedActor } from './agreements.queries';
import type { SignDto } from './dto/signature.dto';
import type { AgreementSignatureEntity } from './entities/agreement-signature.entity';

export const notRepresentative = (detail: string) =>
  new ProblemException(403, detail, { type: PROBLEM_TYPES.notRepresentative });

/** The actor the user signs for: the one named, or the only one they may sign for now. */
export function chooseActor(
  dto: SignDto,
  version: StoredVersion,
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
    throw new ProblemException(400, 'You represent several partners: say for which one you sign.', {
      type: PROBLEM_TYPES.validation,
      errors: [
        {
          field: 'actorId',
          message: `actorId must be one of: ${signable.map((a) => a.id).join(', ')}`,
        },
      ],
    });
  }
  if (represented.some((actor) => byActor.has(actor.id))) {
    throw new ProblemException(409, 'The partner you represent has already signed this version.', {
      type: PROBLEM_TYPES.alreadySigned,
    });
  }
  throw notRepresentative('You do not represent a partner that has to sign this version.');
}

/** Partners that signed the version in force and are still in: whom the caller may withdraw. */
export function withdrawableActors(
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
export function signableActors(
  version: StoredVersion,
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
