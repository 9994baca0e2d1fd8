import type { DataSource } from 'typeorm';
import type { ArtifactVersion, Initiative } from '@gw/shared/contracts';
import type { ApiClient } from './api-client';
import { addMember, createInitiative, createUser, membershipId, type TestUser } from './factories';

/** Adds an actor directly (the actor table has its own tests). */
export async function addActor(
  dataSource: DataSource,
  initiativeId: string,
  name: string,
  options: { isPartner?: boolean } = {},
): Promise<string> {
  const [row] = (await dataSource.query(
    `INSERT INTO actors (initiative_id, name, area, kind, is_partner)
     VALUES ($1, $2, 'social', 'independent_provider', $3) RETURNING id`,
    [initiativeId, name, options.isPartner ?? true],
  )) as { id: string }[];
  return row!.id;
}

export async function addRepresentative(
  dataSource: DataSource,
  initiativeId: string,
  actorId: string,
  user: TestUser,
): Promise<void> {
  await dataSource.query(
    `INSERT INTO actor_representatives (actor_id, membership_id) VALUES ($1, $2)`,
    [actorId, await membershipId(dataSource, initiativeId, user.id)],
  );
}

export interface AgreementWorld {
  initiative: Initiative;
  artifactId: string;
  coordinator: TestUser;
  /** Two partner actors, each with one representative (role partner). */
  partners: { actorId: string; name: string; user: TestUser }[];
  base: string;
}

/** An initiative with two partner actors and their representatives, ready for a signature round. */
export async function createAgreementWorld(
  api: ApiClient,
  dataSource: DataSource,
): Promise<AgreementWorld> {
  const coordinator = await createUser(api, { displayName: 'Miriam Koordination' });
  const initiative = await createInitiative(api, coordinator, { name: 'Jugendpakt Teststadt' });
  const partners = [];
  for (const name of ['Jobcenter Teststadt', 'AWO Kreisverband']) {
    const user = await createUser(api, { displayName: `Vertretung ${name}` });
    await addMember(dataSource, initiative.id, user, 'partner');
    const actorId = await addActor(dataSource, initiative.id, name);
    await addRepresentative(dataSource, initiative.id, actorId, user);
    partners.push({ actorId, name, user });
  }
  const artifacts = await api.get(`/api/v1/initiatives/${initiative.id}/artifacts?kind=agreement`, {
    token: coordinator.token,
  });
  const artifactId = artifacts.body[0].id as string;
  return {
    initiative,
    artifactId,
    coordinator,
    partners,
    base: `/api/v1/initiatives/${initiative.id}/artifacts/${artifactId}`,
  };
}

export async function createDraft(api: ApiClient, world: AgreementWorld): Promise<ArtifactVersion> {
  const response = await api.post(`${world.base}/versions`, undefined, {
    token: world.coordinator.token,
  });
  if (response.status !== 201) throw new Error(`draft failed: ${JSON.stringify(response.body)}`);
  return response.body as ArtifactVersion;
}

export async function submit(
  api: ApiClient,
  world: AgreementWorld,
  number: number,
): Promise<ArtifactVersion> {
  const response = await api.post(`${world.base}/versions/${number}/submit`, undefined, {
    token: world.coordinator.token,
  });
  if (response.status !== 201) throw new Error(`submit failed: ${JSON.stringify(response.body)}`);
  return response.body as ArtifactVersion;
}

export async function signAll(
  api: ApiClient,
  world: AgreementWorld,
  number: number,
): Promise<void> {
  for (const partner of world.partners) {
    const response = await api.post(
      `${world.base}/versions/${number}/signatures`,
      { decision: 'sign' },
      {
        token: partner.user.token,
      },
    );
    if (response.status !== 201) throw new Error(`sign failed: ${JSON.stringify(response.body)}`);
  }
}
