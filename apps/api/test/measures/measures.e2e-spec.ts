import {
  type Measure,
  type Page,
  PROBLEM_TYPES,
  type Role,
  WORKING_GROUP_MEASURE_FIELDS,
} from '@gw/shared/contracts';
import { MeasuresService } from '../../src/modules/measures/measures.service';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import type { TestUser } from '../support/factories';
import { createActor } from '../support/phase-one';
import { createMeasure, createWorkingGroup } from '../support/phase-two';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('measures', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  const url = (path = '') => `/api/v1/initiatives/${f.initiativeId}/measures${path}`;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const create = (overrides: Parameters<typeof createMeasure>[3] = {}) =>
    createMeasure(t.api, f.initiativeId, users.coordination, overrides);
  const patch = (id: string, body: object, role: Role = 'coordination') =>
    t.api.patch(url(`/${id}`), body, as(role));
  const read = async (id: string) => (await t.api.get<Measure>(url(`/${id}`), as('observer'))).body;

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
  });

  describe('creating and reading', () => {
    it('creates a measure with every field, readable by every member', async () => {
      const partner = await createActor(t.api, f.initiativeId, users.coordination, {
        name: 'Stadtwerke',
      });
      const response = await t.api.post<Measure>(
        url(),
        {
          title: ' Praktikumsbörse ',
          description: 'Betriebe bieten Praktika für Klasse 8 an.',
          goalIds: [f.goalId],
          workingGroupId: f.workingGroupId,
          leadActorId: f.actorId,
          contributingActorIds: [partner.id],
          startDate: '2027-02-01',
          endDate: '2027-11-30',
          milestones: [
            { title: 'Betriebe gewonnen', dueDate: '2027-03-31' },
            { title: 'Erste Börse', dueDate: '2027-05-15', done: true },
          ],
          status: 'running',
          progress: 25,
          resources: [
            { actorId: partner.id, eur: 12000.5, staffHours: 120, inKind: 'Räume' },
            { actorId: f.actorId, staffHours: 40 },
          ],
          dependencyIds: [f.measureId],
          indicatorIds: [f.indicatorId],
          notes: 'Start mit zwei Schulen.',
        },
        as(),
      );
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        title: 'Praktikumsbörse',
        description: 'Betriebe bieten Praktika für Klasse 8 an.',
        goalIds: [f.goalId],
        workingGroupId: f.workingGroupId,
        leadActorId: f.actorId,
        contributingActorIds: [partner.id],
        startDate: '2027-02-01',
        endDate: '2027-11-30',
        milestones: [
          {
            id: expect.any(String),
            title: 'Betriebe gewonnen',
            dueDate: '2027-03-31',
            done: false,
          },
          { id: expect.any(String), title: 'Erste Börse', dueDate: '2027-05-15', done: true },
        ],
        status: 'running',
        progress: 25,
        resources: [
          { actorId: partner.id, eur: 12000.5, staffHours: 120, inKind: 'Räume' },
          { actorId: f.actorId, eur: null, staffHours: 40, inKind: '' },
        ],
        dependencyIds: [f.measureId],
        indicatorIds: [f.indicatorId],
        notes: 'Start mit zwei Schulen.',
        version: 1,
        updatedAt: expect.any(String),
        baselineChange: { kind: 'no_baseline', fields: [] },
      });
      expect(await read(response.body.id)).toEqual(response.body);
    });

    it('creates a measure from a title alone, planned at 0 %', async () => {
      const measure = await create({ title: 'Elternabende' });
      expect(measure).toMatchObject({
        title: 'Elternabende',
        description: '',
        goalIds: [],
        workingGroupId: null,
        leadActorId: null,
        startDate: null,
        endDate: null,
        milestones: [],
        status: 'planned',
        progress: 0,
        resources: [],
        dependencyIds: [],
        indicatorIds: [],
        notes: '',
      });
    });

    it.each([
      ['an end before the start', { startDate: '2027-05-01', endDate: '2027-04-30' }, ['endDate']],
      ['a date that does not exist', { startDate: '2027-02-30' }, ['startDate']],
      ['progress over 100', { progress: 101 }, ['progress']],
      ['a fractional progress', { progress: 12.5 }, ['progress']],
      ['an unknown status', { status: 'paused' }, ['status']],
      ['a title too long', { title: 'x'.repeat(201) }, ['title']],
      ['notes too long', { notes: 'x'.repeat(4001) }, ['notes']],
      [
        'a milestone without due date',
        { milestones: [{ title: 'Auftakt' }] },
        ['milestones.0.dueDate'],
      ],
      [
        'fifty-one milestones',
        {
          milestones: Array.from({ length: 51 }, () => ({ title: 'M', dueDate: '2027-01-01' })),
        },
        ['milestones'],
      ],
      ['a negative amount', { resources: [{ actorId: 'A', eur: -1 }] }, ['resources.0.eur']],
      [
        'staff hours with three decimals',
        { resources: [{ actorId: 'A', staffHours: 1.005 }] },
        ['resources.0.staffHours'],
      ],
      ['a pledge without actor', { resources: [{ eur: 5 }] }, ['resources.0.actorId']],
      ['the same goal twice', { goalIds: ['G', 'G'] }, ['goalIds']],
    ])('refuses %s', async (_label, fields, expected) => {
      // 'A' and 'G' stand for the fixture's actor and goal.
      const replace = (value: unknown): unknown =>
        JSON.parse(
          JSON.stringify(value)
            .replaceAll('"A"', `"${f.actorId}"`)
            .replaceAll('"G"', `"${f.goalId}"`),
        );
      const response = await t.api.post(
        url(),
        { title: 'Maßnahme', ...(replace(fields) as object) },
        as(),
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(expected);
    });

    it('refuses pledges and dates that only fail together with what is stored', async () => {
      const twice = await t.api.post(
        url(),
        {
          title: 'M',
          resources: [
            { actorId: f.actorId, eur: 1 },
            { actorId: f.actorId, eur: 2 },
          ],
        },
        as(),
      );
      expect(fieldsOf(twice)).toEqual(['resources.1.actorId']);
      // The fixture's measure runs from 2027-01-01 to 2027-12-31.
      const end = await patch(f.measureId, { endDate: '2026-12-31', version: 1 });
      expectProblem(end, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(end)).toEqual(['endDate']);
      const both = await patch(f.measureId, { startDate: null, endDate: '2026-12-31', version: 1 });
      expect(both.body.endDate).toBe('2026-12-31');
    });

    it('refuses ids of another initiative in every field with 400 naming each', async () => {
      const other = await createInitiativeFixture(t, await createUsersPerRole(t));
      const response = await t.api.post(
        url(),
        {
          title: 'Gekapert',
          goalIds: [f.goalId, other.goalId],
          workingGroupId: other.workingGroupId,
          leadActorId: other.actorId,
          contributingActorIds: [other.actorId],
          resources: [{ actorId: other.actorId, eur: 1 }],
          dependencyIds: [other.measureId],
          indicatorIds: [other.indicatorId],
        },
        as(),
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual([
        'goalIds.1',
        'workingGroupId',
        'leadActorId',
        'contributingActorIds.0',
        'resources.0.actorId',
        'dependencyIds.0',
        'indicatorIds.0',
      ]);
      const update = await patch(f.measureId, { dependencyIds: [other.measureId], version: 1 });
      expect(fieldsOf(update)).toEqual(['dependencyIds.0']);
      expect((await read(f.measureId)).version).toBe(1);
    });
  });

  describe('dependencies', () => {
    it('refuses a measure depending on itself', async () => {
      const response = await patch(f.measureId, { dependencyIds: [f.measureId], version: 1 });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(response.body.errors).toEqual([
        {
          field: 'dependencyIds.0',
          message: 'a measure cannot depend on itself',
          code: 'self_dependency',
        },
      ]);
    });

    it('refuses a cycle through other measures, naming it, and accepts a chain', async () => {
      const a = await create({ title: 'A: Bedarfe erheben' });
      const b = await create({ title: 'B: Angebote planen', dependencyIds: [a.id] });
      const c = await create({ title: 'C: Angebote starten', dependencyIds: [b.id] });
      const cycle = await patch(a.id, { dependencyIds: [c.id], version: 1 });
      expectProblem(cycle, 400, PROBLEM_TYPES.validation);
      expect(cycle.body.errors).toEqual([
        {
          field: 'dependencyIds',
          message: expect.stringContaining(
            '"A: Bedarfe erheben" → "C: Angebote starten" → "B: Angebote planen" → "A: Bedarfe erheben"',
          ),
          code: 'dependency_cycle',
        },
      ]);
      expect((await read(a.id)).dependencyIds).toEqual([]);
      // Depending on both ends of the chain is no cycle.
      const chain = await patch(f.measureId, { dependencyIds: [c.id, a.id], version: 1 });
      expect(chain.status).toBe(200);
      expect(chain.body.dependencyIds).toEqual([a.id, c.id]);
    });

    it('drops a deleted measure from the dependencies of others', async () => {
      const dependent = await create({ dependencyIds: [f.measureId] });
      expect((await t.api.delete(url(`/${f.measureId}`), as())).status).toBe(204);
      expect((await read(dependent.id)).dependencyIds).toEqual([]);
      expectProblem(await t.api.get(url(`/${f.measureId}`), as()), 404);
    });
  });

  describe('milestones', () => {
    it('replaces the list: kept ids stay, new ones are created, missing ones deleted', async () => {
      const [first] = (await read(f.measureId)).milestones;
      const added = await patch(f.measureId, {
        milestones: [
          { title: 'Zwischenbilanz', dueDate: '2027-06-30' },
          { id: first!.id, title: 'Auftakt mit allen Schulen', dueDate: '2027-02-15', done: true },
        ],
        version: 1,
      });
      expect(added.status).toBe(200);
      expect(added.body.milestones).toEqual([
        { id: expect.any(String), title: 'Zwischenbilanz', dueDate: '2027-06-30', done: false },
        { id: first!.id, title: 'Auftakt mit allen Schulen', dueDate: '2027-02-15', done: true },
      ]);
      const second = added.body.milestones[0]!;
      const removed = await patch(f.measureId, {
        milestones: [{ id: second.id, title: second.title, dueDate: second.dueDate }],
        version: 2,
      });
      expect(removed.body.milestones).toEqual([{ ...second, done: false }]);
      const rows = await t.dataSource.query(
        'SELECT id FROM measure_milestones WHERE measure_id = $1',
        [f.measureId],
      );
      expect(rows).toEqual([{ id: second.id }]);
    });

    it("refuses ids of unknown milestones and of another measure's milestones", async () => {
      const other = await create({ milestones: [{ title: 'Fremd', dueDate: '2027-01-01' }] });
      const response = await patch(f.measureId, {
        milestones: [
          { id: other.milestones[0]!.id, title: 'Gekapert', dueDate: '2027-01-01' },
          { id: '00000000-0000-4000-8000-000000000009', title: 'Unbekannt', dueDate: '2027-01-01' },
        ],
        version: 1,
      });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(['milestones.0.id', 'milestones.1.id']);
      expect((await read(other.id)).milestones[0]!.title).toBe('Fremd');
    });
  });

  describe('rights', () => {
    it('lets a working-group member change status, progress, milestones and notes of their own group', async () => {
      const [milestone] = (await read(f.measureId)).milestones;
      const response = await patch(
        f.measureId,
        {
          status: 'delayed',
          progress: 35,
          milestones: [{ id: milestone!.id, title: 'Auftakt', dueDate: '2027-03-01', done: true }],
          notes: 'Zwei Schulen fehlen noch.',
          version: 1,
        },
        'working_group',
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'delayed',
        progress: 35,
        milestones: [{ id: milestone!.id, dueDate: '2027-03-01', done: true }],
        notes: 'Zwei Schulen fehlen noch.',
        version: 2,
      });
    });

    it.each([
      ['title', { title: 'Umbenannt' }],
      ['endDate', { endDate: '2028-01-31' }],
      ['resources', { resources: [] }],
      ['workingGroupId', { workingGroupId: null }],
    ])(
      'refuses a working-group member the field %s with 403 saying what is allowed',
      async (field, body) => {
        const response = await patch(
          f.measureId,
          { status: 'running', ...body, version: 1 },
          'working_group',
        );
        expectProblem(response, 403, PROBLEM_TYPES.forbidden);
        expect(response.body.detail).toContain(`only ${WORKING_GROUP_MEASURE_FIELDS.join(', ')}`);
        expect(response.body.detail).toContain(`not ${field}`);
        expect((await read(f.measureId)).version).toBe(1);
      },
    );

    it("refuses a working-group member another group's measure and a measure without group", async () => {
      const group = await createWorkingGroup(t.api, f.initiativeId, users.coordination);
      const foreign = await create({ workingGroupId: group.id });
      const other = await patch(foreign.id, { status: 'running', version: 1 }, 'working_group');
      expectProblem(other, 403, PROBLEM_TYPES.forbidden);
      expect(other.body.detail).toContain('not a member');
      const loose = await create();
      const none = await patch(loose.id, { progress: 10, version: 1 }, 'working_group');
      expectProblem(none, 403, PROBLEM_TYPES.forbidden);
      expect(none.body.detail).toContain('no working group');
    });

    it('lets the lead of a group change its measures like a member', async () => {
      const lead = await t.dataSource.query(
        'SELECT id FROM memberships WHERE initiative_id = $1 AND user_id = $2',
        [f.initiativeId, users.working_group.id],
      );
      const group = await createWorkingGroup(t.api, f.initiativeId, users.coordination, {
        leadMemberId: lead[0].id,
      });
      const measure = await create({ workingGroupId: group.id });
      const response = await patch(measure.id, { progress: 50, version: 1 }, 'working_group');
      expect(response.status).toBe(200);
    });

    it.each(['steering', 'partner', 'observer'] as const)(
      'refuses %s any change, and creating and deleting to a working-group member',
      async (role) => {
        expectProblem(await patch(f.measureId, { progress: 5, version: 1 }, role), 403);
        expectProblem(await t.api.post(url(), { title: 'M' }, as('working_group')), 403);
        expectProblem(await t.api.delete(url(`/${f.measureId}`), as('working_group')), 403);
      },
    );

    it('refuses a stale version with 409, for coordination and working groups alike', async () => {
      expect((await patch(f.measureId, { progress: 10, version: 1 })).status).toBe(200);
      expectProblem(
        await patch(f.measureId, { progress: 20, version: 1 }),
        409,
        PROBLEM_TYPES.staleVersion,
      );
      expectProblem(
        await patch(f.measureId, { progress: 20, version: 1 }, 'working_group'),
        409,
        PROBLEM_TYPES.staleVersion,
      );
      expect((await read(f.measureId)).progress).toBe(10);
    });
  });

  describe('list', () => {
    const titles = async (query = '') =>
      (await t.api.get<Page<Measure>>(url(query), as('partner'))).body.items.map((m) => m.title);

    it('filters by goal, working group, status, actor and text, in the order of the plan', async () => {
      const group = await createWorkingGroup(t.api, f.initiativeId, users.coordination);
      const pledger = await createActor(t.api, f.initiativeId, users.coordination, {
        name: 'Bank',
      });
      await create({ title: 'Ärztliche Beratung', startDate: '2027-03-01', status: 'delayed' });
      await create({
        title: 'Bewerbungstraining',
        startDate: '2026-09-01',
        goalIds: [f.goalId],
        workingGroupId: group.id,
        contributingActorIds: [f.actorId],
      });
      await create({
        title: 'Ausbildungsmesse',
        description: 'Mit 40 BETRIEBEN aus der Region',
        resources: [{ actorId: pledger.id, eur: 500 }],
      });
      // The fixture's "Übergangscoaching" starts 2027-01-01, serves the goal, is led by the actor.
      expect(await titles()).toEqual([
        'Bewerbungstraining',
        'Übergangscoaching',
        'Ärztliche Beratung',
        'Ausbildungsmesse',
      ]);
      expect(await titles(`?goalId=${f.goalId}`)).toEqual([
        'Bewerbungstraining',
        'Übergangscoaching',
      ]);
      expect(await titles(`?workingGroupId=${group.id}`)).toEqual(['Bewerbungstraining']);
      expect(await titles('?status=delayed')).toEqual(['Ärztliche Beratung']);
      expect(await titles(`?actorId=${f.actorId}`)).toEqual([
        'Bewerbungstraining',
        'Übergangscoaching',
      ]);
      expect(await titles(`?actorId=${pledger.id}`)).toEqual(['Ausbildungsmesse']);
      expect(await titles('?q=betrieben')).toEqual(['Ausbildungsmesse']);
      expect(await titles('?q=ÄRZTLICH')).toEqual(['Ärztliche Beratung']);
      expect(await titles('?q=%25')).toEqual([]);
      expect(await titles(`?status=planned&goalId=${f.goalId}&q=coaching`)).toEqual([
        'Übergangscoaching',
      ]);
    });

    it('pages through the measures with the total', async () => {
      for (const title of ['D', 'E', 'B', 'C']) await create({ title, startDate: '2026-01-01' });
      const page = async (query: string) =>
        (await t.api.get<Page<Measure>>(url(query), as('observer'))).body;
      const second = await page('?page=2&pageSize=2');
      expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
      expect(second.items.map((m) => m.title)).toEqual(['D', 'E']);
      const beyond = await page('?page=9&pageSize=2');
      expect(beyond).toEqual({ items: [], total: 5, page: 9, pageSize: 2 });
      expect((await page('?pageSize=3')).items.map((m) => m.title)).toEqual(['B', 'C', 'D']);
    });

    it.each([
      ['?status=paused', 'status'],
      ['?goalId=nope', 'goalId'],
      ['?actorId=1', 'actorId'],
      ['?pageSize=1000', 'pageSize'],
      ['?page=0', 'page'],
      [`?q=${'x'.repeat(201)}`, 'q'],
    ])('refuses the filter %s', async (query, field) => {
      const response = await t.api.get(url(query), as());
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('reads a page of measures with all their lists at once', async () => {
      for (let i = 0; i < 30; i++) {
        await create({
          goalIds: [f.goalId],
          milestones: [{ title: `M${i}`, dueDate: '2027-01-01' }],
          resources: [{ actorId: f.actorId, staffHours: i }],
          dependencyIds: [f.measureId],
          indicatorIds: [f.indicatorId],
        });
      }
      const list = (await t.api.get<Page<Measure>>(url('?pageSize=100'), as())).body;
      expect(list.total).toBe(31);
      const created = list.items.filter((m) => m.id !== f.measureId);
      expect(created.every((m) => m.milestones.length === 1 && m.resources.length === 1)).toBe(
        true,
      );
      expect(created.every((m) => m.dependencyIds[0] === f.measureId)).toBe(true);
    });
  });

  describe('snapshot for action-plan baselines', () => {
    it('returns every measure by start date, then title, without version, time and baseline change', async () => {
      await create({ title: 'Später', startDate: '2028-01-01' });
      await create({ title: 'Ohne Datum' });
      await create({ title: 'Früher', startDate: '2026-01-01' });
      const snapshot = await t.app
        .get(MeasuresService)
        .snapshot(t.dataSource.manager, f.initiativeId);
      expect(snapshot.map((m) => m.title)).toEqual([
        'Früher',
        'Übergangscoaching',
        'Später',
        'Ohne Datum',
      ]);
      const content: Record<string, unknown> = { ...(await read(f.measureId)) };
      for (const key of ['version', 'updatedAt', 'baselineChange']) delete content[key];
      expect(snapshot[1]).toEqual(content);
      expect(Object.keys(snapshot[1]!)).not.toContain('version');
    });
  });
});
