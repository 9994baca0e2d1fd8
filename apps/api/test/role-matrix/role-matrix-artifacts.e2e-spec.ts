import { ROLES, type Role } from '@gw/shared/contracts';
import type { InitiativeFixture } from '../support/fixture';
import { base, describeRoleMatrix, type Endpoint } from '../support/role-matrix';
import type { TestApp } from '../support/test-app';

const agreement = (f: InitiativeFixture) => `${base(f)}/artifacts/${f.artifactId}`;
const coordination = ['coordination'] as const;
const commenters: readonly Role[] = ['coordination', 'steering', 'working_group', 'partner'];

async function draft(t: TestApp, f: InitiativeFixture): Promise<void> {
  const response = await t.api.post(`${agreement(f)}/versions`, undefined, {
    token: f.users.coordination.token,
  });
  if (response.status !== 201) throw new Error(`draft: ${JSON.stringify(response.body)}`);
}

async function signing(t: TestApp, f: InitiativeFixture): Promise<void> {
  await draft(t, f);
  const response = await t.api.post(`${agreement(f)}/versions/1/submit`, undefined, {
    token: f.users.coordination.token,
  });
  if (response.status !== 201) throw new Error(`submit: ${JSON.stringify(response.body)}`);
}

/** The fixture's only partner actor is represented by the partner user: one signature suffices. */
async function inForce(t: TestApp, f: InitiativeFixture): Promise<void> {
  await signing(t, f);
  const response = await t.api.post(
    `${agreement(f)}/versions/1/signatures`,
    { decision: 'sign' },
    {
      token: f.users.partner.token,
    },
  );
  if (response.status !== 201) throw new Error(`sign: ${JSON.stringify(response.body)}`);
}

async function withComment(t: TestApp, f: InitiativeFixture): Promise<void> {
  await draft(t, f);
  const response = await t.api.post(
    `${agreement(f)}/versions/1/comments`,
    { sectionKey: 'term', body: 'Drei Jahre?' },
    { token: f.users.steering.token },
  );
  f.commentId = response.body.id as string;
}

/** Tracked artifacts and the cooperation agreement. */
const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET artifacts',
    method: 'GET',
    path: (f) => `${base(f)}/artifacts`,
    allowed: ROLES,
    success: 200,
  },
  { name: 'GET artifact', method: 'GET', path: agreement, allowed: ROLES, success: 200 },
  {
    name: 'GET audit trail',
    method: 'GET',
    path: (f) => `${agreement(f)}/audit`,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST version',
    method: 'POST',
    path: (f) => `${agreement(f)}/versions`,
    allowed: coordination,
    success: 201,
  },
  {
    name: 'GET version',
    method: 'GET',
    path: (f) => `${agreement(f)}/versions/1`,
    setup: draft,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'PATCH version',
    method: 'PATCH',
    path: (f) => `${agreement(f)}/versions/1`,
    setup: draft,
    body: () => ({
      version: 1,
      content: {
        sections: [
          'preamble',
          'shared_goal',
          'partners',
          'bodies_and_roles',
          'contributions',
          'impact_measurement',
          'communication',
          'term',
          'accession_withdrawal',
        ].map((key) => ({ key, title: key, body: 'Text' })),
      },
    }),
    allowed: coordination,
    success: 200,
  },
  {
    name: 'POST submit',
    method: 'POST',
    path: (f) => `${agreement(f)}/versions/1/submit`,
    setup: draft,
    allowed: coordination,
    success: 201,
  },
  {
    name: 'GET diff',
    method: 'GET',
    path: (f) => `${agreement(f)}/versions/1/diff/1`,
    setup: draft,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET pdf',
    method: 'GET',
    path: (f) => `${agreement(f)}/versions/1/pdf`,
    setup: draft,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'GET comments',
    method: 'GET',
    path: (f) => `${agreement(f)}/versions/1/comments`,
    setup: draft,
    allowed: ROLES,
    success: 200,
  },
  {
    name: 'POST comment',
    method: 'POST',
    path: (f) => `${agreement(f)}/versions/1/comments`,
    setup: draft,
    body: () => ({ sectionKey: 'partners', body: 'Bitte ergänzen.' }),
    allowed: commenters,
    success: 201,
  },
  {
    name: 'POST comment resolve',
    method: 'POST',
    path: (f) => `${agreement(f)}/comments/${f.commentId}/resolve`,
    setup: withComment,
    allowed: coordination,
    success: 200,
  },
  {
    name: 'GET signatures',
    method: 'GET',
    path: (f) => `${agreement(f)}/versions/1/signatures`,
    setup: signing,
    allowed: ROLES,
    success: 200,
  },
  {
    // Signing is not a matter of role but of representing a partner: the partner user does.
    name: 'POST signature',
    method: 'POST',
    path: (f) => `${agreement(f)}/versions/1/signatures`,
    setup: signing,
    body: () => ({ decision: 'sign' }),
    allowed: ['partner'],
    success: 201,
  },
  {
    name: 'POST withdrawal',
    method: 'POST',
    path: (f) => `${agreement(f)}/withdrawals`,
    setup: inForce,
    body: (f) => ({ actorId: f.actorId, effectiveDate: '2027-06-30', reason: 'Umstrukturierung' }),
    allowed: ['coordination', 'partner'],
    success: 201,
  },
];

describeRoleMatrix('role matrix: tracked artifacts and the cooperation agreement', ENDPOINTS);
