import type { InitiativeTodos, MyTodos, Role, TodoItem } from '@gw/shared/contracts';
import { addDays, calendarDateIn } from '../../src/modules/indicators/collection-period';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import { membershipId, type TestUser } from '../support/factories';
import { createIndicator } from '../support/phase-two';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** What a to-do says, in short: kind, title and detail. */
const said = (items: TodoItem[]) => items.map((i) => `${i.kind}: ${i.title} (${i.detail ?? '-'})`);

describe('what waits for me (to-dos)', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  const base = () => `/api/v1/initiatives/${f.initiativeId}`;
  const as = (role: Role | 'non-member') => ({ token: users[role].token });
  const todos = async (role: Role, initiativeId = f.initiativeId) => {
    const response = await t.api.get<InitiativeTodos>(
      `/api/v1/initiatives/${initiativeId}/todos`,
      as(role),
    );
    expect(response.status).toBe(200);
    return response.body;
  };
  const mine = async (role: Role | 'non-member') => {
    const response = await t.api.get<MyTodos>('/api/v1/me/todos', as(role));
    expect(response.status).toBe(200);
    return response.body;
  };
  const post = async (path: string, role: Role, body?: object) => {
    const response = await t.api.post(`${base()}${path}`, body, as(role));
    if (response.status >= 300) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
    return response.body as { artifactId?: string };
  };
  const today = () => calendarDateIn('Europe/Berlin', new Date());

  /** The agreement's first version in signature (the fixture's partner represents the signatory). */
  const agreementInSignature = async () => {
    await post(`/artifacts/${f.artifactId}/versions`, 'coordination');
    await post(`/artifacts/${f.artifactId}/versions/1/submit`, 'coordination');
  };
  /** The action plan's first baseline, waiting for the steering member. */
  const baselineSubmitted = async () => {
    const [plan] = (await t.dataSource.query(
      `SELECT id FROM artifacts WHERE initiative_id = $1 AND kind = 'action_plan'`,
      [f.initiativeId],
    )) as { id: string }[];
    await post(`/artifacts/${plan!.id}/versions`, 'coordination');
    await post(`/artifacts/${plan!.id}/versions/1/submit`, 'coordination');
    return plan!.id;
  };
  /** A quarterly indicator measured since two years, its steward the working_group member. */
  const quarterlyIndicator = async () =>
    createIndicator(t.api, f.initiativeId, users.coordination, {
      name: 'Beratungen',
      frequency: 'quarterly',
      baseline: { value: 10, date: addDays(today(), -730) },
      stewardMemberIds: [await membershipId(t.dataSource, f.initiativeId, users.working_group.id)],
    });
  const overdueMilestone = () =>
    t.dataSource.query(
      `UPDATE measure_milestones SET due_date = '2025-06-15' WHERE measure_id = $1`,
      [f.measureId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
  });

  it('gives each role what it may do, and nothing else', async () => {
    await agreementInSignature();
    await baselineSubmitted();
    const report = await post('/reports', 'coordination', {
      periodType: 'quarter',
      periodStart: '2027-01-01',
    });
    await post(`/artifacts/${report.artifactId}/versions/1/submit`, 'coordination');
    await quarterlyIndicator();
    await overdueMilestone();
    const deliveries = [
      'delivery: Beratungen',
      'delivery: Beratungen',
      'delivery: Beratungen',
      'delivery: Beratungen',
    ];
    const kinds = async (role: Role) =>
      said((await todos(role)).items)
        .map((s) => s.replace(/ \(.*\)$/, ''))
        .sort();

    expect(await kinds('coordination')).toEqual(
      [...deliveries, 'milestone: Auftakt', 'value_review: Anschlussquote'].sort(),
    );
    expect(await kinds('steering')).toEqual([
      'baseline_approval: Aktionsplan',
      expect.stringMatching(/^report_approval: /),
      'transition: gestaltung',
    ]);
    const approval = (await todos('steering')).items.find((i) => i.kind === 'report_approval');
    expect(approval).toMatchObject({ detail: '1', section: 'reports' });
    expect(approval!.link.path).toEqual([
      '/initiatives',
      f.initiativeId,
      'reports',
      report.artifactId,
    ]);
    expect(await kinds('working_group')).toEqual([...deliveries, 'milestone: Auftakt'].sort());
    expect(await kinds('partner')).toEqual(['signature: Kooperationsvereinbarung']);
    expect(await todos('observer')).toEqual({ items: [], total: 0 });
  });

  it('says for whom, until when and where each to-do is done', async () => {
    await agreementInSignature();
    const indicator = await quarterlyIndicator();
    await overdueMilestone();
    const [signature] = (await todos('partner')).items;
    expect(signature).toEqual({
      kind: 'signature',
      title: 'Kooperationsvereinbarung',
      detail: 'Jugendmigrationsdienst',
      initiative: { id: f.initiativeId, name: expect.any(String) },
      dueDate: null,
      overdue: false,
      section: 'agreement',
      link: { path: ['/initiatives', f.initiativeId, 'agreement'], query: { v: '1' } },
    });
    const items = (await todos('working_group')).items;
    // Overdue first: the oldest missing period leads; every item has its due date.
    expect(items.map((i) => i.dueDate)).toEqual(items.map((i) => i.dueDate).sort());
    expect(items[0]).toMatchObject({
      kind: 'milestone',
      detail: 'Übergangscoaching',
      overdue: true,
    });
    expect(items[0]!.link.path).toEqual(['/initiatives', f.initiativeId, 'action-plan']);
    const delivery = items.find((i) => i.kind === 'delivery')!;
    expect(delivery).toMatchObject({ overdue: true, section: 'measurements' });
    expect(delivery.link.path).toEqual([
      '/initiatives',
      f.initiativeId,
      'measurements',
      indicator.id,
    ]);
    expect(delivery.detail).toMatch(/^\d{4}-Q[1-4]$/);
  });

  it('drops a to-do as soon as it is done', async () => {
    await agreementInSignature();
    const plan = await baselineSubmitted();
    const indicator = await quarterlyIndicator();

    await post(`/artifacts/${f.artifactId}/versions/1/signatures`, 'partner', { decision: 'sign' });
    expect((await todos('partner')).items).toEqual([]);

    await post(`/phase-transitions/${f.transitionId}/decision`, 'steering', {
      decision: 'reject',
      comment: 'Noch nicht.',
    });
    await post(`/artifacts/${plan}/versions/1/approvals`, 'steering', { decision: 'approve' });
    expect(await todos('steering')).toEqual({ items: [], total: 0 });

    const review = `/indicators/${f.indicatorId}/measurements/${f.submittedMeasurementId}/review`;
    await post(review, 'coordination', {
      decision: 'return',
      comment: 'Bitte prüfen.',
      version: 1,
    });
    expect(said((await todos('coordination')).items)).not.toContain(
      'value_review: Anschlussquote (2026)',
    );
    expect(said((await todos('working_group')).items)).toContain(
      'value_correction: Anschlussquote (2026)',
    );

    const before = (await todos('working_group')).items.filter((i) => i.kind === 'delivery');
    const period = before[0]!.detail!;
    await post(`/indicators/${indicator.id}/measurements`, 'working_group', { period, value: 3 });
    const after = (await todos('working_group')).items.filter((i) => i.kind === 'delivery');
    expect(after.map((i) => i.detail)).toEqual(before.slice(1).map((i) => i.detail));
  });

  it('answers 404 for an initiative the caller is not a member of', async () => {
    const other = await createInitiativeFixture(t, { ...users, partner: users['non-member'] });
    expectProblem(await t.api.get(`${base()}/todos`, as('non-member')), 404);
    expectProblem(
      await t.api.get(`/api/v1/initiatives/${other.initiativeId}/todos`, as('partner')),
      404,
    );
    expectProblem(await t.api.get(`/api/v1/initiatives/not-a-uuid/todos`, as('partner')), 400);
    expect((await t.api.get(`${base()}/todos`)).status).toBe(401);
    expect((await t.api.get('/api/v1/me/todos')).status).toBe(401);
  });

  it('lists my to-dos across my initiatives, at most 50, with a total per initiative', async () => {
    await agreementInSignature();
    const first = f;
    f = await createInitiativeFixture(t, users);
    await agreementInSignature();
    const across = await mine('partner');
    const ids = [first.initiativeId, f.initiativeId];
    expect(across.items.filter((i) => ids.includes(i.initiative.id)).map((i) => i.kind)).toEqual([
      'signature',
      'signature',
    ]);
    expect(across.initiatives).toEqual(
      expect.arrayContaining(ids.map((id) => ({ id, name: expect.any(String), total: 1 }))),
    );

    await t.dataSource.query(
      `INSERT INTO measure_milestones (measure_id, title, due_date, position)
       SELECT $1, 'Meilenstein ' || n, DATE '2026-01-01' + n, n + 1 FROM generate_series(1, 60) n`,
      [f.measureId],
    );
    const many = await todos('working_group');
    expect(many.items).toHaveLength(50);
    expect(many.total).toBe(60);
    const all = await mine('working_group');
    expect(all.items).toHaveLength(50);
    expect(all.initiatives.find((i) => i.id === f.initiativeId)?.total).toBe(60);
    expect(all.total).toBeGreaterThanOrEqual(60);
    expect(await mine('non-member')).toEqual({ items: [], initiatives: [], total: 0 });
  });
});
