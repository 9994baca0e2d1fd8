import type { SignatureOverview, VersionStatus } from '@gw/shared/contracts';
import type { ActorRef } from '@gw/web/agreement/data-access';

/**
 * The partners that can still withdraw from the version in force: those that signed it in its
 * round or acceded later, and have not withdrawn since. `representedIds`: only these (for a
 * representative); null for the coordination office, which records any withdrawal.
 */
export function withdrawableActors(
  status: VersionStatus | undefined,
  overview: SignatureOverview | null,
  representedIds: string[] | null,
): ActorRef[] {
  if (status !== 'in_force' || !overview) return [];
  const signed = [
    ...overview.required.flatMap((s) =>
      s.status === 'signed' && s.signature
        ? [{ id: s.actorId, name: s.actorName, at: s.signature.signedAt }]
        : [],
    ),
    ...overview.accessions
      .filter((a) => a.decision === 'sign')
      .map((a) => ({ id: a.actorId, name: a.actorName, at: a.signedAt })),
  ];
  const active = signed.filter(
    (actor) =>
      !overview.withdrawals.some(
        (w) => w.actorId === actor.id && Date.parse(w.recordedAt) > Date.parse(actor.at),
      ),
  );
  const allowed = representedIds ? active.filter((a) => representedIds.includes(a.id)) : active;
  return allowed.map(({ id, name }) => ({ id, name }));
}
