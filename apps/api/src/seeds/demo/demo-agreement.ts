import type { DemoCast } from './demo-cast';
import { ARTIFACT_OF_KIND, SIGNERS } from './demo-seed.queries';
import type { DemoStoryServices } from './demo-story-services';

/**
 * The demo agreement in force: version 1 drafted from the initiative's data, submitted by the
 * coordination office and signed by a representative of each of the ten partners; the last
 * signature puts it in force.
 */
export async function seedAgreementInForce(
  services: DemoStoryServices,
  cast: DemoCast,
  initiativeId: string,
): Promise<void> {
  const [artifact] = (await services.dataSource.query(ARTIFACT_OF_KIND, [
    initiativeId,
    'agreement',
  ])) as { id: string }[];
  if (!artifact) throw new Error('The demo initiative has no agreement');

  const coordination = cast.as('koordination');
  const draft = await services.versions.createVersion(
    coordination.access,
    artifact.id,
    coordination.user,
  );
  await services.versions.submit(coordination.access, artifact.id, draft.number, coordination.user);

  // One representative per partner that has to sign, in the order of the signature list.
  const signers: { actor_id: string; login: string }[] = await services.dataSource.query(SIGNERS, [
    artifact.id,
    draft.number,
  ]);
  for (const { actor_id: actorId, login } of signers) {
    const signer = cast.as(login);
    await services.signatures.sign(
      signer.access,
      artifact.id,
      draft.number,
      { decision: 'sign', actorId },
      signer.user,
    );
  }
}
