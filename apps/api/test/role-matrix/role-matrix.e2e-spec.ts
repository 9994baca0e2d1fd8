import { ROLES } from '@gw/shared/contracts';
import { actorRow, csvFile, CSV_TYPE } from '../support/actor-table';
import { putAgreementInForce } from '../support/fixture';
import { base, describeRoleMatrix, type Endpoint } from '../support/role-matrix';
import { startTestApp, type TestApp } from '../support/test-app';

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
  ...PHASE_ONE_ENDPOINTS(),
];

/** Phases and steps, actors, existing bodies and the shared goal. */
function PHASE_ONE_ENDPOINTS(): Endpoint[] {
  const coordination = ['coordination'] as const;
  return [
    {
      name: 'GET phases',
      method: 'GET',
      path: (f) => `${base(f)}/phases`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'POST step',
      method: 'POST',
      path: (f) => `${base(f)}/steps`,
      body: () => ({ phase: 'gestaltung', title: 'Fachtag planen' }),
      allowed: coordination,
      success: 201,
    },
    {
      name: 'PATCH step',
      method: 'PATCH',
      path: (f) => `${base(f)}/steps/${f.stepId}`,
      body: () => ({ status: 'in_progress', version: 1 }),
      allowed: coordination,
      success: 200,
    },
    {
      name: 'DELETE step',
      method: 'DELETE',
      path: (f) => `${base(f)}/steps/${f.customStepId}`,
      allowed: coordination,
      success: 204,
    },
    {
      name: 'GET phase transitions',
      method: 'GET',
      path: (f) => `${base(f)}/phase-transitions`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'POST phase transition',
      method: 'POST',
      path: (f) => `${base(f)}/phase-transitions`,
      body: () => ({ to: 'gestaltung', rationale: 'Alle Partner haben unterzeichnet.' }),
      setup: async (t, f) => {
        await t.dataSource.query(
          `UPDATE phase_transitions SET status = 'withdrawn' WHERE id = $1`,
          [f.transitionId],
        );
        await putAgreementInForce(t, f.initiativeId);
      },
      allowed: coordination,
      success: 201,
    },
    {
      name: 'POST phase transition decision',
      method: 'POST',
      path: (f) => `${base(f)}/phase-transitions/${f.transitionId}/decision`,
      body: () => ({ decision: 'reject', comment: 'Noch nicht.' }),
      allowed: ['steering'],
      success: 200,
    },
    {
      name: 'POST phase transition withdraw',
      method: 'POST',
      path: (f) => `${base(f)}/phase-transitions/${f.transitionId}/withdraw`,
      allowed: coordination,
      success: 200,
    },
    {
      name: 'GET actors',
      method: 'GET',
      path: (f) => `${base(f)}/actors`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'GET actor summary',
      method: 'GET',
      path: (f) => `${base(f)}/actors/summary`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'GET actor export',
      method: 'GET',
      path: (f) => `${base(f)}/actors/export?format=csv`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'POST actor import',
      method: 'POST',
      path: (f) => `${base(f)}/actors/import?format=csv`,
      upload: { contentType: CSV_TYPE, body: csvFile([actorRow()]) },
      allowed: coordination,
      success: 200,
    },
    {
      name: 'POST actor',
      method: 'POST',
      path: (f) => `${base(f)}/actors`,
      body: () => ({ name: 'Kreishandwerkerschaft', area: 'work_economy', kind: 'association' }),
      allowed: coordination,
      success: 201,
    },
    {
      name: 'GET actor',
      method: 'GET',
      path: (f) => `${base(f)}/actors/${f.actorId}`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'PATCH actor',
      method: 'PATCH',
      path: (f) => `${base(f)}/actors/${f.actorId}`,
      body: () => ({ version: 1, plannedCoreGroup: true }),
      allowed: coordination,
      success: 200,
    },
    {
      name: 'DELETE actor',
      method: 'DELETE',
      path: (f) => `${base(f)}/actors/${f.actorId}`,
      allowed: coordination,
      success: 204,
    },
    {
      name: 'POST actor representative',
      method: 'POST',
      path: (f) => `${base(f)}/actors/${f.actorId}/representatives`,
      body: (f) => ({ userId: f.users.observer.id }),
      allowed: coordination,
      success: 201,
    },
    {
      name: 'DELETE actor representative',
      method: 'DELETE',
      path: (f) => `${base(f)}/actors/${f.actorId}/representatives/${f.representativeUserId}`,
      allowed: coordination,
      success: 204,
    },
    {
      name: 'GET bodies',
      method: 'GET',
      path: (f) => `${base(f)}/bodies`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'POST body',
      method: 'POST',
      path: (f) => `${base(f)}/bodies`,
      body: (f) => ({
        name: 'Jugendhilfeausschuss',
        type: 'committee',
        memberActorIds: [f.actorId],
      }),
      allowed: coordination,
      success: 201,
    },
    {
      name: 'GET body',
      method: 'GET',
      path: (f) => `${base(f)}/bodies/${f.bodyId}`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'PATCH body',
      method: 'PATCH',
      path: (f) => `${base(f)}/bodies/${f.bodyId}`,
      body: () => ({ version: 1, notes: 'Tagt quartalsweise.' }),
      allowed: coordination,
      success: 200,
    },
    {
      name: 'DELETE body',
      method: 'DELETE',
      path: (f) => `${base(f)}/bodies/${f.bodyId}`,
      allowed: coordination,
      success: 204,
    },
    {
      name: 'GET shared goal',
      method: 'GET',
      path: (f) => `${base(f)}/shared-goal`,
      allowed: ROLES,
      success: 200,
    },
    {
      name: 'PUT shared goal',
      method: 'PUT',
      path: (f) => `${base(f)}/shared-goal`,
      body: (f) => ({
        vision: 'Kein junger Mensch geht verloren.',
        goals: [{ id: f.goalId, title: 'Kein Abschluss ohne Anschluss' }],
        version: 1,
      }),
      allowed: coordination,
      success: 200,
    },
  ];
}

describeRoleMatrix(
  'role matrix: every initiative endpoint, per role, for a non-member and anonymously',
  ENDPOINTS,
);

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
