import { ROLES } from '@gw/shared/contracts';
import type { InitiativeFixture } from '../support/fixture';
import { base, describeRoleMatrix, type Endpoint } from '../support/role-matrix';
import type { TestApp } from '../support/test-app';

const coordination = ['coordination'] as const;

async function call(t: TestApp, f: InitiativeFixture, path: string, token: string, body?: unknown) {
  const response = await t.api.post<{ artifactId: string }>(path, body, { token });
  if (response.status >= 300) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A report of the first quarter of 2027 as a draft. */
async function draftReport(t: TestApp, f: InitiativeFixture): Promise<void> {
  const report = await call(t, f, `${base(f)}/reports`, f.users.coordination.token, {
    periodType: 'quarter',
    periodStart: '2027-01-01',
  });
  f.reportPath = `${base(f)}/artifacts/${report.artifactId}`;
}

/** The report approved by the fixture's only steering member. */
async function approvedReport(t: TestApp, f: InitiativeFixture): Promise<void> {
  await draftReport(t, f);
  await call(t, f, `${f.reportPath}/versions/1/submit`, f.users.coordination.token);
  await call(t, f, `${f.reportPath}/versions/1/approvals`, f.users.steering.token, {
    decision: 'approve',
  });
}

async function publishedReport(t: TestApp, f: InitiativeFixture): Promise<void> {
  await approvedReport(t, f);
  await call(t, f, `${f.reportPath}/versions/1/publish`, f.users.coordination.token);
}

async function sharedReport(t: TestApp, f: InitiativeFixture): Promise<void> {
  await publishedReport(t, f);
  await call(t, f, `${f.reportPath}/versions/1/public-link`, f.users.coordination.token);
}

/** The dashboard, the caller's to-dos and the activity and impact reports. */
const REPORT_ENDPOINTS: Endpoint[] = [
  {
    name: 'GET dashboard',
    method: 'GET',
    path: (f) => `${base(f)}/dashboard`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET todos',
    method: 'GET',
    path: (f) => `${base(f)}/todos`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET dashboard activity',
    method: 'GET',
    path: (f) => `${base(f)}/dashboard/activity?page=2&pageSize=5`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST report',
    method: 'POST',
    path: (f) => `${base(f)}/reports`,
    body: () => ({ periodType: 'half_year', periodStart: '2027-01-01' }),
    allowed: coordination,
    success: 201,
  },
  {
    name: 'GET report comparison',
    method: 'GET',
    path: (f) => {
      const id = f.reportPath!.split('/').at(-1);
      return `${base(f)}/reports/compare?a=${id}&b=${id}`;
    },
    setup: draftReport,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET report version',
    method: 'GET',
    path: (f) => `${f.reportPath}/versions/1`,
    setup: draftReport,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'PATCH report texts',
    method: 'PATCH',
    path: (f) => `${f.reportPath}/versions/1/texts`,
    setup: draftReport,
    body: (f) => ({
      narratives: [{ goalId: f.goalId, narrative: 'Das Coaching läuft.' }],
      version: 1,
    }),
    allowed: ['coordination', 'working_group'],
    success: 200,
  },
  {
    name: 'POST report submit',
    method: 'POST',
    path: (f) => `${f.reportPath}/versions/1/submit`,
    setup: draftReport,
    allowed: coordination,
    success: 201,
  },
  {
    name: 'POST report approval',
    method: 'POST',
    path: (f) => `${f.reportPath}/versions/1/approvals`,
    setup: async (t, f) => {
      await draftReport(t, f);
      await call(t, f, `${f.reportPath}/versions/1/submit`, f.users.coordination.token);
    },
    body: () => ({ decision: 'approve' }),
    allowed: ['steering'],
    success: 201,
  },
  {
    name: 'POST report publish',
    method: 'POST',
    path: (f) => `${f.reportPath}/versions/1/publish`,
    setup: approvedReport,
    allowed: coordination,
    success: 200,
  },
  {
    name: 'GET report PDF',
    method: 'GET',
    path: (f) => `${f.reportPath}/versions/1/pdf`,
    setup: publishedReport,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET report public link status',
    method: 'GET',
    path: (f) => `${f.reportPath}/versions/1/public-link`,
    setup: sharedReport,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST report public link',
    method: 'POST',
    path: (f) => `${f.reportPath}/versions/1/public-link`,
    setup: publishedReport,
    allowed: coordination,
    success: 201,
  },
  {
    name: 'DELETE report public link',
    method: 'DELETE',
    path: (f) => `${f.reportPath}/versions/1/public-link`,
    setup: sharedReport,
    allowed: coordination,
    success: 204,
  },
];

describeRoleMatrix('role matrix: dashboard, to-dos and reports', REPORT_ENDPOINTS);
