import { type Measure, PROBLEM_TYPES, type Role, type WorkingGroup } from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import { membershipId, type TestUser } from '../support/factories';
import { createActor } from '../support/phase-one';
import { createMeasure, createWorkingGroup } from '../support/phase-two';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** A fixed uuid, for inputs refused before any lookup. */
const SOME_ID = '00000000-0000-4000-8000-000000000001';

describe('working groups', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  const url = (path = '') => `/api/v1/initiatives/${f.initiativeId}/working-groups${path}`;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const member = (role: Role) => membershipId(t.dataSource, f.initiativeId, users[role].id);
  const create = (overrides: Parameters<typeof createWorkingGroup>[3] = {}) =>
    createWorkingGroup(t.api, f.initiativeId, users.coordination, overrides);

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
  });

  it('sets up a group with mandate, lead, members and actors, readable by every member', async () => {
    const [lead, partner] = [await member('working_group'), await member('partner')];
    const response = await t.api.post<WorkingGroup>(
      url(),
      {
        name: '  AG Ankommen ',
        mandate: 'Junge Zugewanderte in den ersten drei Monaten begleiten.',
        leadMemberId: lead,
        memberIds: [partner, lead],
        actorIds: [f.actorId],
      },
      as(),
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'AG Ankommen',
      mandate: 'Junge Zugewanderte in den ersten drei Monaten begleiten.',
      lead: { memberId: lead, displayName: users.working_group.displayName },
      members: expect.arrayContaining([
        { memberId: lead, displayName: users.working_group.displayName },
        { memberId: partner, displayName: users.partner.displayName },
      ]),
      actorIds: [f.actorId],
      measureCount: 0,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(response.body.members).toHaveLength(2);
    const read = await t.api.get(url(`/${response.body.id}`), as('observer'));
    expect(read.body).toEqual(response.body);
  });

  it('lists the groups by name in German order, each with its measure count', async () => {
    await create({ name: 'AG Zukunft' });
    await create({ name: 'AG Ämter' });
    await create({ name: 'AG ankommen' });
    await createMeasure(t.api, f.initiativeId, users.coordination, {
      workingGroupId: f.workingGroupId,
    });
    const list = await t.api.get<WorkingGroup[]>(url(), as('partner'));
    expect(list.status).toBe(200);
    expect(list.body.map((g) => [g.name, g.measureCount])).toEqual([
      ['AG Ämter', 0],
      ['AG ankommen', 0],
      ['AG Übergang', 2],
      ['AG Zukunft', 0],
    ]);
  });

  it('keeps names unique per initiative regardless of case, with a clear 409', async () => {
    const duplicate = await t.api.post(url(), { name: 'ag übergang' }, as());
    expectProblem(duplicate, 409, PROBLEM_TYPES.duplicateName);
    expect(duplicate.body.detail).toContain('"ag übergang" already exists');
    const other = await create({ name: 'AG Ankommen' });
    const rename = await t.api.patch(
      url(`/${other.id}`),
      { name: 'AG ÜBERGANG', version: 1 },
      as(),
    );
    expectProblem(rename, 409, PROBLEM_TYPES.duplicateName);
    const ownCase = await t.api.patch<WorkingGroup>(
      url(`/${f.workingGroupId}`),
      { name: 'AG ÜBERGANG', version: 1 },
      as(),
    );
    expect(ownCase.body.name).toBe('AG ÜBERGANG');
  });

  it('replaces members and actors only when given, and bumps the version on every change', async () => {
    const actor = await createActor(t.api, f.initiativeId, users.coordination, {
      name: 'Berufskolleg',
    });
    const partner = await member('partner');
    const changed = await t.api.patch<WorkingGroup>(
      url(`/${f.workingGroupId}`),
      { memberIds: [partner], actorIds: [actor.id, f.actorId], version: 1 },
      as(),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.members.map((m) => m.memberId)).toEqual([partner]);
    expect(changed.body.actorIds).toEqual([actor.id, f.actorId]);
    expect(changed.body.version).toBe(2);

    const mandate = await t.api.patch<WorkingGroup>(
      url(`/${f.workingGroupId}`),
      { mandate: 'Neu', leadMemberId: null, version: 2 },
      as(),
    );
    expect(mandate.body).toMatchObject({
      mandate: 'Neu',
      lead: null,
      members: changed.body.members,
      actorIds: changed.body.actorIds,
      version: 3,
    });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const first = await t.api.patch(
      url(`/${f.workingGroupId}`),
      { mandate: 'A', version: 1 },
      as(),
    );
    expect(first.status).toBe(200);
    const stale = await t.api.patch(
      url(`/${f.workingGroupId}`),
      { mandate: 'B', version: 1 },
      as(),
    );
    expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
    expect((await t.api.get<WorkingGroup>(url(`/${f.workingGroupId}`), as())).body.mandate).toBe(
      'A',
    );
  });

  it('refuses members, leads and actors that are not of this initiative with 400 naming the fields', async () => {
    const other = await createInitiativeFixture(t, await createUsersPerRole(t));
    const foreignMember = await membershipId(
      t.dataSource,
      other.initiativeId,
      other.users.partner.id,
    );
    const response = await t.api.post(
      url(),
      {
        name: 'AG Fremd',
        leadMemberId: foreignMember,
        memberIds: [await member('partner'), foreignMember],
        actorIds: [other.actorId],
      },
      as(),
    );
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual(['leadMemberId', 'memberIds.1', 'actorIds.0']);
    const update = await t.api.patch(
      url(`/${f.workingGroupId}`),
      { memberIds: [foreignMember], version: 1 },
      as(),
    );
    expect(fieldsOf(update)).toEqual(['memberIds.0']);
  });

  it.each([
    ['an empty name', { name: '  ' }, ['name']],
    ['a name too long', { name: 'x'.repeat(201) }, ['name']],
    ['a mandate too long', { name: 'AG', mandate: 'x'.repeat(4001) }, ['mandate']],
    ['a member twice', { name: 'AG', memberIds: [SOME_ID, SOME_ID] }, ['memberIds']],
    ['a lead that is not a uuid', { name: 'AG', leadMemberId: 'nope' }, ['leadMemberId']],
    ['null members', { name: 'AG', memberIds: null }, ['memberIds']],
  ])('refuses %s', async (_label, body, fields) => {
    const response = await t.api.post(url(), body, as());
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual(fields);
  });

  it('deletes a group; its measures stay, without a group', async () => {
    const deleted = await t.api.delete(url(`/${f.workingGroupId}`), as());
    expect(deleted.status).toBe(204);
    expectProblem(await t.api.get(url(`/${f.workingGroupId}`), as()), 404);
    const measure = await t.api.get<Measure>(
      `/api/v1/initiatives/${f.initiativeId}/measures/${f.measureId}`,
      as(),
    );
    expect(measure.body.workingGroupId).toBeNull();
    expectProblem(await t.api.delete(url(`/${f.workingGroupId}`), as()), 404);
  });

  it('drops a removed member from the groups and the lead', async () => {
    const target = f.targetMemberId;
    await t.api.patch(
      url(`/${f.workingGroupId}`),
      { leadMemberId: target, memberIds: [target], version: 1 },
      as(),
    );
    const removed = await t.api.delete(
      `/api/v1/initiatives/${f.initiativeId}/members/${target}`,
      as(),
    );
    expect(removed.status).toBe(204);
    const group = await t.api.get<WorkingGroup>(url(`/${f.workingGroupId}`), as());
    expect(group.body).toMatchObject({ lead: null, members: [] });
  });
});
