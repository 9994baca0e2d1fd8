import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthSession, CreateInitiativeRequest, Initiative, Role } from '@gw/shared/contracts';
import type { ApiClient } from './api-client';

export const PASSWORD = 'correct horse battery staple';

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  token: string;
  refreshToken: string;
}

let sequence = 0;
export function uniqueEmail(prefix = 'user'): string {
  sequence += 1;
  return `${prefix}.${sequence}.${randomBytes(3).toString('hex')}@example.org`;
}

/** A distinct client IP per call, so that login throttling of one test never hits another. */
export function clientIp(): Record<string, string> {
  const octets = randomBytes(3);
  return { 'x-forwarded-for': `10.${octets[0]}.${octets[1]}.${octets[2]}` };
}

/** Registers and logs in a user through the API. */
export async function createUser(
  api: ApiClient,
  overrides: { email?: string; displayName?: string } = {},
): Promise<TestUser> {
  const email = overrides.email ?? uniqueEmail();
  const displayName = overrides.displayName ?? `Test ${email.split('@')[0]}`;
  const registered = await api.post('/api/v1/auth/register', {
    email,
    password: PASSWORD,
    displayName,
  });
  if (registered.status !== 201)
    throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
  const login = await api.post<AuthSession>(
    '/api/v1/auth/login',
    { email, password: PASSWORD },
    { headers: clientIp() },
  );
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  return {
    id: login.body.user.id,
    email: login.body.user.email,
    displayName,
    token: login.body.accessToken,
    refreshToken: login.body.refreshToken,
  };
}

export function initiativeInput(
  overrides: Partial<CreateInitiativeRequest> = {},
): CreateInitiativeRequest {
  return {
    name: 'Jugendpakt Teststadt',
    description: 'Gemeinsam für junge Menschen.',
    targetGroups: ['young_people'],
    customTargetGroups: [],
    region: { municipality: 'Teststadt', districts: ['Mitte', 'Nord'] },
    owner: 'Bürgermeisterin Test',
    ...overrides,
  };
}

export async function createInitiative(
  api: ApiClient,
  owner: TestUser,
  overrides: Partial<CreateInitiativeRequest> = {},
): Promise<Initiative> {
  const response = await api.post<Initiative>('/api/v1/initiatives', initiativeInput(overrides), {
    token: owner.token,
  });
  if (response.status !== 201)
    throw new Error(`create initiative failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Adds a membership directly in the database (the invitation flow has its own tests). */
export async function addMember(
  dataSource: DataSource,
  initiativeId: string,
  user: Pick<TestUser, 'id'>,
  role: Role,
): Promise<string> {
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO memberships (initiative_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`,
    [initiativeId, user.id, role],
  );
  return rows[0]!.id;
}

export async function membershipId(dataSource: DataSource, initiativeId: string, userId: string) {
  const rows: { id: string }[] = await dataSource.query(
    'SELECT id FROM memberships WHERE initiative_id = $1 AND user_id = $2',
    [initiativeId, userId],
  );
  return rows[0]!.id;
}
