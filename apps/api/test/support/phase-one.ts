import type { Actor, ActorInput, ContactPerson, PhaseOverview, Step } from '@gw/shared/contracts';
import type { ApiClient } from './api-client';
import type { TestUser } from './factories';

/** Creates an actor through the API. */
export async function createActor(
  api: ApiClient,
  initiativeId: string,
  coordinator: TestUser,
  overrides: Omit<Partial<ActorInput>, 'contacts'> & {
    contacts?: (Pick<ContactPerson, 'name'> & Partial<ContactPerson>)[];
  } = {},
): Promise<Actor> {
  const response = await api.post<Actor>(
    `/api/v1/initiatives/${initiativeId}/actors`,
    {
      name: `Akteur ${Math.random().toString(36).slice(2, 8)}`,
      area: 'social',
      kind: 'association',
      ...overrides,
    },
    { token: coordinator.token },
  );
  if (response.status !== 201)
    throw new Error(`create actor failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Every step of the initiative, phase by phase. */
export async function stepsOf(
  api: ApiClient,
  initiativeId: string,
  user: TestUser,
): Promise<Step[]> {
  const response = await api.get<PhaseOverview[]>(`/api/v1/initiatives/${initiativeId}/phases`, {
    token: user.token,
  });
  return response.body.flatMap((phase) => phase.steps);
}
