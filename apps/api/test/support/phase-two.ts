import type {
  CreateDimensionRequest,
  CreateIndicatorRequest,
  CreateMeasureRequest,
  CreateWorkingGroupRequest,
  Dimension,
  Indicator,
  Measure,
  ResourcePledge,
  WorkingGroup,
} from '@gw/shared/contracts';
import type { ApiClient } from './api-client';
import type { TestUser } from './factories';

async function created<T>(
  api: ApiClient,
  path: string,
  coordinator: TestUser,
  body: unknown,
): Promise<T> {
  const response = await api.post<T>(path, body, { token: coordinator.token });
  if (response.status !== 201) {
    throw new Error(`POST ${path} failed: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

const unique = () => Math.random().toString(36).slice(2, 8);

/** Creates a working group through the API. */
export const createWorkingGroup = (
  api: ApiClient,
  initiativeId: string,
  coordinator: TestUser,
  overrides: Partial<CreateWorkingGroupRequest> = {},
) =>
  created<WorkingGroup>(api, `/api/v1/initiatives/${initiativeId}/working-groups`, coordinator, {
    name: `AG ${unique()}`,
    ...overrides,
  });

/** A measure's fields; a pledge may leave out what the API defaults (eur, staffHours, inKind). */
export type MeasureOverrides = Omit<Partial<CreateMeasureRequest>, 'resources'> & {
  resources?: (Pick<ResourcePledge, 'actorId'> & Partial<ResourcePledge>)[];
};

/** Creates a measure through the API. */
export const createMeasure = (
  api: ApiClient,
  initiativeId: string,
  coordinator: TestUser,
  overrides: MeasureOverrides = {},
) =>
  created<Measure>(api, `/api/v1/initiatives/${initiativeId}/measures`, coordinator, {
    title: `Maßnahme ${unique()}`,
    ...overrides,
  });

/** Creates an indicator through the API. */
export const createIndicator = (
  api: ApiClient,
  initiativeId: string,
  coordinator: TestUser,
  overrides: Partial<CreateIndicatorRequest> = {},
) =>
  created<Indicator>(api, `/api/v1/initiatives/${initiativeId}/indicators`, coordinator, {
    name: `Indikator ${unique()}`,
    ...overrides,
  });

/** Creates a dimension through the API. */
export const createDimension = (
  api: ApiClient,
  initiativeId: string,
  coordinator: TestUser,
  overrides: Partial<CreateDimensionRequest> = {},
) =>
  created<Dimension>(api, `/api/v1/initiatives/${initiativeId}/dimensions`, coordinator, {
    name: `Dimension ${unique()}`,
    values: [],
    ...overrides,
  });
