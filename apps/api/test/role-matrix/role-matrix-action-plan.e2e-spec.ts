import { ROLES } from '@gw/shared/contracts';
import type { InitiativeFixture } from '../support/fixture';
import { base, describeRoleMatrix, type Endpoint } from '../support/role-matrix';
import type { TestApp } from '../support/test-app';

const coordination = ['coordination'] as const;

/** Working groups, measures, indicators with their collection plan, and dimensions. */
const PHASE_TWO_ENDPOINTS: Endpoint[] = [
  {
    name: 'GET working groups',
    method: 'GET',
    path: (f) => `${base(f)}/working-groups`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST working group',
    method: 'POST',
    path: (f) => `${base(f)}/working-groups`,
    body: (f) => ({ name: 'AG Ankommen', memberIds: [f.targetMemberId], actorIds: [f.actorId] }),
    allowed: coordination,
    success: 201,
  },
  {
    name: 'GET working group',
    method: 'GET',
    path: (f) => `${base(f)}/working-groups/${f.workingGroupId}`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'PATCH working group',
    method: 'PATCH',
    path: (f) => `${base(f)}/working-groups/${f.workingGroupId}`,
    body: () => ({ version: 1, mandate: 'Übergänge begleiten und verzahnen' }),
    allowed: coordination,
    success: 200,
  },
  {
    name: 'DELETE working group',
    method: 'DELETE',
    path: (f) => `${base(f)}/working-groups/${f.workingGroupId}`,
    allowed: coordination,
    success: 204,
  },
  {
    name: 'GET measures',
    method: 'GET',
    path: (f) => `${base(f)}/measures?status=planned`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST measure',
    method: 'POST',
    path: (f) => `${base(f)}/measures`,
    body: (f) => ({
      title: 'Praktikumsbörse',
      workingGroupId: f.workingGroupId,
      goalIds: [f.goalId],
    }),
    allowed: coordination,
    success: 201,
  },
  {
    name: 'GET measure',
    method: 'GET',
    path: (f) => `${base(f)}/measures/${f.measureId}`,
    allowed: ROLES,
    success: 200,
  },
  {
    // The fixture's working_group user is a member of the measure's working group.
    name: 'PATCH measure',
    method: 'PATCH',
    path: (f) => `${base(f)}/measures/${f.measureId}`,
    body: () => ({ version: 1, status: 'running', progress: 20 }),
    allowed: ['coordination', 'working_group'],
    success: 200,
  },
  {
    name: 'DELETE measure',
    method: 'DELETE',
    path: (f) => `${base(f)}/measures/${f.measureId}`,
    allowed: coordination,
    success: 204,
  },
  {
    name: 'GET indicators',
    method: 'GET',
    path: (f) => `${base(f)}/indicators`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET collection plan',
    method: 'GET',
    path: (f) => `${base(f)}/indicators/collection-plan`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST indicator',
    method: 'POST',
    path: (f) => `${base(f)}/indicators`,
    body: (f) => ({ name: 'Abbruchquote', dimensionIds: [f.dimensionId] }),
    allowed: coordination,
    success: 201,
  },
  {
    name: 'GET indicator',
    method: 'GET',
    path: (f) => `${base(f)}/indicators/${f.indicatorId}`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'PATCH indicator',
    method: 'PATCH',
    path: (f) => `${base(f)}/indicators/${f.indicatorId}`,
    body: () => ({ version: 1, targets: [{ value: 80, date: '2028-07-31' }] }),
    allowed: coordination,
    success: 200,
  },
  {
    name: 'DELETE indicator',
    method: 'DELETE',
    path: (f) => `${base(f)}/indicators/${f.indicatorId}`,
    allowed: coordination,
    success: 204,
  },
  {
    name: 'GET dimensions',
    method: 'GET',
    path: (f) => `${base(f)}/dimensions`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST dimension',
    method: 'POST',
    path: (f) => `${base(f)}/dimensions`,
    body: () => ({ name: 'Altersgruppe', values: [{ value: '14–17' }, { value: '18–21' }] }),
    allowed: coordination,
    success: 201,
  },
  {
    name: 'GET dimension',
    method: 'GET',
    path: (f) => `${base(f)}/dimensions/${f.dimensionId}`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'PATCH dimension',
    method: 'PATCH',
    path: (f) => `${base(f)}/dimensions/${f.dimensionId}`,
    body: () => ({ version: 1, name: 'Ortsteil' }),
    allowed: coordination,
    success: 200,
  },
  {
    name: 'DELETE dimension',
    method: 'DELETE',
    path: (f) => `${base(f)}/dimensions/${f.dimensionId}`,
    // The fixture's indicator uses the dimension; an unused one can be deleted.
    setup: async (t, f) => {
      await t.dataSource.query('DELETE FROM indicator_dimensions WHERE dimension_id = $1', [
        f.dimensionId,
      ]);
    },
    allowed: coordination,
    success: 204,
  },
];

const actionPlan = async (t: TestApp, f: InitiativeFixture) => {
  const [row] = (await t.dataSource.query(
    `SELECT id FROM artifacts WHERE initiative_id = $1 AND kind = 'action_plan'`,
    [f.initiativeId],
  )) as { id: string }[];
  return `${base(f)}/artifacts/${row!.id}`;
};

/** Baseline 1 submitted for approval by the steering user (the fixture's only steering member). */
async function submittedBaseline(t: TestApp, f: InitiativeFixture): Promise<void> {
  const plan = await actionPlan(t, f);
  const token = f.users.coordination.token;
  await t.api.post(`${plan}/versions`, undefined, { token });
  const response = await t.api.post(`${plan}/versions/1/submit`, undefined, { token });
  if (response.status !== 201) throw new Error(`submit: ${JSON.stringify(response.body)}`);
  f.actionPlanPath = plan;
}

/** The action plan's state and the steering group's approvals of its baselines. */
const ACTION_PLAN_ENDPOINTS: Endpoint[] = [
  {
    name: 'GET action plan',
    method: 'GET',
    path: (f) => `${base(f)}/action-plan`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET approvals',
    method: 'GET',
    path: (f) => `${f.actionPlanPath}/versions/1/approvals`,
    setup: submittedBaseline,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST approval',
    method: 'POST',
    path: (f) => `${f.actionPlanPath}/versions/1/approvals`,
    setup: submittedBaseline,
    body: () => ({ decision: 'approve' }),
    allowed: ['steering'],
    success: 201,
  },
];

describeRoleMatrix('role matrix: working groups, measures, indicators and dimensions', [
  ...PHASE_TWO_ENDPOINTS,
  ...ACTION_PLAN_ENDPOINTS,
]);
