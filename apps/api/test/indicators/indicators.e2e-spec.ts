import { type Indicator, type Measure, PROBLEM_TYPES, type Role } from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import { membershipId, type TestUser } from '../support/factories';
import { createDimension, createIndicator } from '../support/phase-two';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('shared indicators', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  const url = (path = '') => `/api/v1/initiatives/${f.initiativeId}/indicators${path}`;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const create = (overrides: Parameters<typeof createIndicator>[3] = {}) =>
    createIndicator(t.api, f.initiativeId, users.coordination, overrides);
  const patch = (id: string, body: object) => t.api.patch<Indicator>(url(`/${id}`), body, as());
  const read = async (id: string) =>
    (await t.api.get<Indicator>(url(`/${id}`), as('observer'))).body;
  const member = (role: Role) => membershipId(t.dataSource, f.initiativeId, users[role].id);

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
  });

  it('defines an indicator with every field, readable by every member', async () => {
    const [steward, partner] = [await member('working_group'), await member('partner')];
    const age = await createDimension(t.api, f.initiativeId, users.coordination, {
      name: 'Altersgruppe',
      values: [{ value: '14–17' }],
    });
    const response = await t.api.post<Indicator>(
      url(),
      {
        name: ' Ausbildungsabbrüche ',
        definition: 'Gelöste Ausbildungsverträge im ersten Jahr je 100 neue Verträge.',
        unit: '%',
        direction: 'lower_is_better',
        category: 'better_off',
        goalIds: [f.goalId],
        baseline: { value: 26.4, date: '2025-12-31' },
        targets: [
          { value: 13.2, date: '2029-12-31' },
          { value: 20, date: '2027-12-31' },
        ],
        frequency: 'half_yearly',
        dataSource: 'Kammerstatistik',
        responsibleActorId: f.actorId,
        stewardMemberIds: [partner, steward],
        dimensionIds: [age.id, f.dimensionId],
        visibility: 'partners',
      },
      as(),
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'Ausbildungsabbrüche',
      definition: 'Gelöste Ausbildungsverträge im ersten Jahr je 100 neue Verträge.',
      unit: '%',
      direction: 'lower_is_better',
      category: 'better_off',
      goalIds: [f.goalId],
      baseline: { value: 26.4, date: '2025-12-31' },
      targets: [
        { id: expect.any(String), value: 20, date: '2027-12-31' },
        { id: expect.any(String), value: 13.2, date: '2029-12-31' },
      ],
      frequency: 'half_yearly',
      dataSource: 'Kammerstatistik',
      responsibleActorId: f.actorId,
      stewards: expect.arrayContaining([
        { memberId: steward, displayName: users.working_group.displayName },
        { memberId: partner, displayName: users.partner.displayName },
      ]),
      dimensionIds: [f.dimensionId, age.id],
      visibility: 'partners',
      version: 1,
      updatedAt: expect.any(String),
    });
    expect(await read(response.body.id)).toEqual(response.body);
  });

  it('defaults to a yearly, internal how-much indicator where higher is better', async () => {
    expect(await create({ name: 'Teilnehmende' })).toMatchObject({
      definition: '',
      unit: '',
      direction: 'higher_is_better',
      category: 'how_much',
      goalIds: [],
      baseline: { value: null, date: null },
      targets: [],
      frequency: 'yearly',
      dataSource: '',
      responsibleActorId: null,
      stewards: [],
      dimensionIds: [],
      visibility: 'internal',
    });
  });

  it('lists the indicators by name in German order', async () => {
    await create({ name: 'Zufriedenheit' });
    await create({ name: 'Ärztliche Untersuchungen' });
    const list = await t.api.get<Indicator[]>(url(), as('steering'));
    expect(list.body.map((i) => i.name)).toEqual([
      'Anschlussquote',
      'Ärztliche Untersuchungen',
      'Zufriedenheit',
    ]);
  });

  it('shows partners and observers only the indicators for partners and the public', async () => {
    const internal = await create({ name: 'Fallzahlen intern', visibility: 'internal' });
    await create({ name: 'Teilnehmende', visibility: 'public' });
    for (const role of ['partner', 'observer'] as const) {
      const list = await t.api.get<Indicator[]>(url(), as(role));
      expect(list.body.map((i) => [i.name, i.visibility])).toEqual([
        ['Anschlussquote', 'partners'],
        ['Teilnehmende', 'public'],
      ]);
      expectProblem(await t.api.get(url(`/${internal.id}`), as(role)), 404);
    }
    for (const role of ['coordination', 'steering', 'working_group'] as const) {
      const list = await t.api.get<Indicator[]>(url(), as(role));
      expect(list.body.map((i) => i.name)).toContain('Fallzahlen intern');
    }
  });

  it('keeps names unique regardless of case, with a clear 409', async () => {
    const duplicate = await t.api.post(url(), { name: 'ANSCHLUSSQUOTE' }, as());
    expectProblem(duplicate, 409, PROBLEM_TYPES.duplicateName);
    expect(duplicate.body.detail).toContain('"ANSCHLUSSQUOTE" already exists');
  });

  it('replaces targets like a list: kept ids stay, new ones are created, missing ones deleted', async () => {
    const indicator = await create({
      targets: [
        { value: 50, date: '2027-12-31' },
        { value: 60, date: '2028-12-31' },
      ],
    });
    const [first, second] = indicator.targets;
    const changed = await patch(indicator.id, {
      targets: [
        { id: second!.id, value: 65, date: '2028-12-31' },
        { value: 80, date: '2030-12-31' },
      ],
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.targets).toEqual([
      { id: second!.id, value: 65, date: '2028-12-31' },
      { id: expect.any(String), value: 80, date: '2030-12-31' },
    ]);
    expect(changed.body.targets.map((target) => target.id)).not.toContain(first!.id);
    const unknown = await patch(indicator.id, {
      targets: [{ id: first!.id, value: 1, date: '2027-01-01' }],
      version: 2,
    });
    expectProblem(unknown, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(unknown)).toEqual(['targets.0.id']);
  });

  it('changes only what is given, clears the baseline and the responsible actor, and refuses stale versions', async () => {
    await patch(f.indicatorId, { baseline: { value: 40, date: '2025-07-31' }, version: 1 });
    const cleared = await patch(f.indicatorId, {
      baseline: { value: null, date: null },
      responsibleActorId: null,
      version: 2,
    });
    expect(cleared.body).toMatchObject({
      name: 'Anschlussquote',
      unit: '%',
      baseline: { value: null, date: null },
      responsibleActorId: null,
      goalIds: [f.goalId],
      dimensionIds: [f.dimensionId],
      version: 3,
    });
    expectProblem(
      await patch(f.indicatorId, { unit: 'Anzahl', version: 2 }),
      409,
      PROBLEM_TYPES.staleVersion,
    );
  });

  it('refuses goals, actors, stewards and dimensions of another initiative with 400 naming each', async () => {
    const other = await createInitiativeFixture(t, await createUsersPerRole(t));
    const foreignMember = await membershipId(
      t.dataSource,
      other.initiativeId,
      other.users.partner.id,
    );
    const response = await t.api.post(
      url(),
      {
        name: 'Gekapert',
        goalIds: [other.goalId],
        responsibleActorId: other.actorId,
        stewardMemberIds: [await member('partner'), foreignMember],
        dimensionIds: [other.dimensionId],
      },
      as(),
    );
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual([
      'goalIds.0',
      'responsibleActorId',
      'stewardMemberIds.1',
      'dimensionIds.0',
    ]);
  });

  it.each([
    ['an unknown category', { category: 'how_often' }, ['category']],
    ['an unknown frequency', { frequency: 'weekly' }, ['frequency']],
    ['an unknown visibility', { visibility: 'secret' }, ['visibility']],
    ['a baseline that is not a number', { baseline: { value: 'viel' } }, ['baseline.value']],
    [
      'a baseline date that does not exist',
      { baseline: { value: 1, date: '2025-13-01' } },
      ['baseline.date'],
    ],
    ['a huge target', { targets: [{ value: 1e13, date: '2027-01-01' }] }, ['targets.0.value']],
    ['a target without date', { targets: [{ value: 1 }] }, ['targets.0.date']],
    ['a unit too long', { unit: 'x'.repeat(51) }, ['unit']],
    ['a null baseline', { baseline: null }, ['baseline']],
  ])('refuses %s', async (_label, fields, expected) => {
    const response = await t.api.post(url(), { name: 'Indikator', ...fields }, as());
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual(expected);
  });

  it('deletes an indicator; measures just lose the link', async () => {
    expect((await t.api.delete(url(`/${f.indicatorId}`), as())).status).toBe(204);
    expectProblem(await t.api.get(url(`/${f.indicatorId}`), as()), 404);
    const measure = await t.api.get<Measure>(
      `/api/v1/initiatives/${f.initiativeId}/measures/${f.measureId}`,
      as(),
    );
    expect(measure.body.indicatorIds).toEqual([]);
  });
});
