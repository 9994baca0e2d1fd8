import { type Role, ROLES } from '@gw/shared/contracts';
import {
  CALLERS,
  type Caller,
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
  tokenOf,
} from './support/fixture';
import type { TestUser } from './support/factories';
import { expectProblem } from './support/problem';
import { startTestApp, type TestApp } from './support/test-app';

interface Endpoint {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path(f: InitiativeFixture): string;
  body?: (f: InitiativeFixture) => unknown;
  /** The roles that may call it; every other member gets 403, a non-member 404, anonymous 401. */
  allowed: readonly Role[];
  success: number;
}

const base = (f: InitiativeFixture) => `/api/v1/initiatives/${f.initiativeId}`;

/** Every endpoint under /initiatives/:initiativeId. */
const ENDPOINTS: Endpoint[] = [
  { name: 'GET initiative', method: 'GET', path: base, allowed: ROLES, success: 200 },
  {
    name: 'PATCH initiative',
    method: 'PATCH',
    path: base,
    body: () => ({ version: 1, description: 'geändert' }),
    allowed: ['coordination'],
    success: 200,
  },
  {
    name: 'GET members',
    method: 'GET',
    path: (f) => `${base(f)}/members`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'PATCH member',
    method: 'PATCH',
    path: (f) => `${base(f)}/members/${f.targetMemberId}`,
    body: () => ({ role: 'partner', version: 1 }),
    allowed: ['coordination'],
    success: 200,
  },
  {
    name: 'DELETE member',
    method: 'DELETE',
    path: (f) => `${base(f)}/members/${f.targetMemberId}`,
    allowed: ['coordination'],
    success: 204,
  },
  {
    name: 'POST invitation',
    method: 'POST',
    path: (f) => `${base(f)}/invitations`,
    body: () => ({ email: `matrix.${Date.now()}.${Math.random()}@example.org`, role: 'observer' }),
    allowed: ['coordination'],
    success: 201,
  },
  {
    name: 'GET invitations',
    method: 'GET',
    path: (f) => `${base(f)}/invitations`,
    allowed: ['coordination'],
    success: 200,
  },
  {
    name: 'DELETE invitation',
    method: 'DELETE',
    path: (f) => `${base(f)}/invitations/${f.invitationId}`,
    allowed: ['coordination'],
    success: 204,
  },
];

function expectedStatus(endpoint: Endpoint, caller: Caller): number {
  if (caller === 'anonymous') return 401;
  if (caller === 'non-member') return 404;
  return endpoint.allowed.includes(caller) ? endpoint.success : 403;
}

describe('role matrix: every initiative endpoint, per role, for a non-member and anonymously', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());

  const cases = ENDPOINTS.flatMap((endpoint) =>
    CALLERS.map(
      (caller) => [endpoint.name, caller, expectedStatus(endpoint, caller), endpoint] as const,
    ),
  );

  it.each(cases)('%s as %s → %i', async (_name, caller, expected, endpoint) => {
    const fixture = await createInitiativeFixture(t, users);
    const response = await t.api.request(
      endpoint.method,
      endpoint.path(fixture),
      endpoint.body?.(fixture),
      {
        token: tokenOf(fixture, caller),
      },
    );
    if (expected >= 400) expectProblem(response, expected);
    else expect(response.status).toBe(expected);
  });
});

describe('routes outside an initiative', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('guards every route the OpenAPI document marks as needing a token, and only those', async () => {
    const doc = (await t.api.get('/api/docs-json')).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path: path
          .replace(/\{token\}/g, 'a'.repeat(43))
          .replace(/\{[A-Za-z]+\}/g, '00000000-0000-4000-8000-000000000000'),
        secured: (operation.security ?? []).length > 0,
      })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(18);
    for (const operation of operations) {
      const body = ['GET', 'DELETE'].includes(operation.method) ? undefined : {};
      const response = await t.api.request(operation.method, operation.path, body);
      if (operation.secured) {
        expect({ ...operation, status: response.status }).toEqual({ ...operation, status: 401 });
      } else {
        expect({ ...operation, status: response.status }).not.toEqual({
          ...operation,
          status: 401,
        });
      }
    }
  });
});
