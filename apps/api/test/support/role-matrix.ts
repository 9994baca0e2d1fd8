import { type Role } from '@gw/shared/contracts';
import {
  CALLERS,
  type Caller,
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
  tokenOf,
} from './fixture';
import type { TestUser } from './factories';
import { expectProblem } from './problem';
import { startTestApp, type TestApp } from './test-app';

export interface Endpoint {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path(f: InitiativeFixture): string;
  body?: (f: InitiativeFixture) => unknown;
  /** A file sent as the raw body instead of JSON. */
  upload?: { contentType: string; body: Buffer };
  /** Brings the fixture into the state the endpoint needs to succeed. */
  setup?: (t: TestApp, f: InitiativeFixture) => Promise<void>;
  /** The roles that may call it; every other member gets 403, a non-member 404, anonymous 401. */
  allowed: readonly Role[];
  success: number;
}

export const base = (f: InitiativeFixture) => `/api/v1/initiatives/${f.initiativeId}`;

export function expectedStatus(endpoint: Endpoint, caller: Caller): number {
  if (caller === 'anonymous') return 401;
  if (caller === 'non-member') return 404;
  return endpoint.allowed.includes(caller) ? endpoint.success : 403;
}

/**
 * Runs every endpoint for each role, a non-member and anonymously, each case on a fresh
 * initiative: the allowed roles get `success`, other members 403, a non-member 404, anonymous 401.
 */
export function describeRoleMatrix(title: string, endpoints: Endpoint[]): void {
  describe(title, () => {
    let t: TestApp;
    let users: Record<Role | 'non-member', TestUser>;
    beforeAll(async () => {
      t = await startTestApp();
      users = await createUsersPerRole(t);
    });
    afterAll(() => t.close());

    const cases = endpoints.flatMap((endpoint) =>
      CALLERS.map(
        (caller) => [endpoint.name, caller, expectedStatus(endpoint, caller), endpoint] as const,
      ),
    );

    it.each(cases)('%s as %s → %i', async (_name, caller, expected, endpoint) => {
      const fixture = await createInitiativeFixture(t, users);
      await endpoint.setup?.(t, fixture);
      const response = await t.api.request(
        endpoint.method,
        endpoint.path(fixture),
        endpoint.body?.(fixture),
        {
          token: tokenOf(fixture, caller),
          ...(endpoint.upload && {
            rawBody: endpoint.upload.body,
            headers: { 'content-type': endpoint.upload.contentType },
          }),
        },
      );
      if (expected >= 400) expectProblem(response, expected);
      else expect(response.status).toBe(expected);
    });
  });
}
