import type { Dashboard, Indicator, Initiative, Measurement } from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { createIndicator, createMeasure } from '../support/phase-two';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the initiative dashboard', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let steward: TestUser;
  let initiative: Initiative;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    steward = await createUser(t.api, { displayName: 'Stefan Datenpflege' });
  });
  beforeEach(async () => {
    initiative = await createInitiative(t.api, coordinator);
    base = `/api/v1/initiatives/${initiative.id}`;
  });
  afterAll(() => t.close());

  const dashboard = async (token = coordinator.token) => {
    const response = await t.api.get<Dashboard>(`${base}/dashboard`, { token });
    expect(response.status).toBe(200);
    return response.body;
  };
  const enter = async (indicator: Indicator, period: string, value: number, token: string) => {
    const response = await t.api.post<Measurement>(
      `${base}/indicators/${indicator.id}/measurements`,
      { period, value },
      { token },
    );
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    return response.body;
  };

  it('is empty but complete for a new initiative', async () => {
    const board = await dashboard();
    expect(board.phase).toBe('initiierung');
    expect(board.steps.map((s) => s.phase)).toEqual(['initiierung', 'gestaltung', 'umsetzung']);
    expect(board.steps[0]!.counts.open).toBeGreaterThan(0);
    expect(board.measures).toEqual({
      byStatus: { planned: 0, running: 0, delayed: 0, completed: 0, cancelled: 0 },
      total: 0,
    });
    expect(board.overdueMilestones).toEqual([]);
    expect(board.indicators).toEqual([]);
  });

  it('shows every change at once, though it keeps computed dashboards between changes', async () => {
    const first = await dashboard();
    expect(await dashboard()).toEqual(first);

    const measure = await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Elternabende',
      status: 'running',
      milestones: [{ title: 'Erster Abend', dueDate: '2026-01-15' }],
    });
    expect((await dashboard()).measures.byStatus.running).toBe(1);
    expect((await dashboard()).overdueMilestones.map((m) => m.title)).toEqual(['Erster Abend']);

    // A change below a measure, written straight to its table, moves the dashboard too.
    await t.dataSource.query('UPDATE measure_milestones SET done = true WHERE measure_id = $1', [
      measure.id,
    ]);
    expect((await dashboard()).overdueMilestones).toEqual([]);

    const indicator = await createIndicator(t.api, initiative.id, coordinator, {
      name: 'Beratungen',
      frequency: 'yearly',
    });
    expect((await dashboard()).indicators.map((i) => i.latest)).toEqual([null]);
    await enter(indicator, '2025', 42, coordinator.token);
    expect((await dashboard()).indicators[0]!.latest).toMatchObject({ value: 42 });
    await t.dataSource.query(
      `INSERT INTO indicator_targets (indicator_id, value, target_date) VALUES ($1, 60, '2099-12-31')`,
      [indicator.id],
    );
    expect((await dashboard()).indicators[0]!.nextTarget).toEqual({
      value: 60,
      date: '2099-12-31',
    });
    await t.dataSource.query(`UPDATE initiatives SET phase = 'gestaltung' WHERE id = $1`, [
      initiative.id,
    ]);
    expect((await dashboard()).phase).toBe('gestaltung');
  });

  it('counts measures by status and lists overdue milestones of measures still under way', async () => {
    await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Übergangscoaching',
      status: 'running',
      milestones: [
        { title: 'Auftakt', dueDate: '2026-02-01', done: true },
        { title: 'Zwischenbilanz', dueDate: '2026-03-01' },
        { title: 'Abschluss', dueDate: '2099-12-31' },
      ],
    });
    await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Elternabende',
      status: 'delayed',
      milestones: [{ title: 'Erster Abend', dueDate: '2026-01-15' }],
    });
    await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Alte Kampagne',
      status: 'cancelled',
      milestones: [{ title: 'Plakate', dueDate: '2026-01-10' }],
    });
    const board = await dashboard();
    expect(board.measures).toEqual({
      byStatus: { planned: 0, running: 1, delayed: 1, completed: 0, cancelled: 1 },
      total: 3,
    });
    expect(board.overdueMilestones.map((m) => [m.measureTitle, m.title, m.dueDate])).toEqual([
      ['Elternabende', 'Erster Abend', '2026-01-15'],
      ['Übergangscoaching', 'Zwischenbilanz', '2026-03-01'],
    ]);
  });

  it('judges each indicator’s latest approved value against the straight path to its next target', async () => {
    const path = {
      unit: '%',
      frequency: 'monthly' as const,
      baseline: { value: 50, date: '2025-12-31' },
      targets: [
        { value: 90, date: '2026-12-31' },
        { value: 95, date: '2027-12-31' },
      ],
    };
    const ahead = await createIndicator(t.api, initiative.id, coordinator, {
      ...path,
      name: 'A auf Kurs',
    });
    const close = await createIndicator(t.api, initiative.id, coordinator, {
      ...path,
      name: 'B knapp dahinter',
    });
    const behind = await createIndicator(t.api, initiative.id, coordinator, {
      ...path,
      name: 'C weit dahinter',
    });
    const fewer = await createIndicator(t.api, initiative.id, coordinator, {
      ...path,
      name: 'D weniger ist besser',
      direction: 'lower_is_better',
      baseline: { value: 40, date: '2025-12-31' },
      targets: [{ value: 20, date: '2026-12-31' }],
    });
    await createIndicator(t.api, initiative.id, coordinator, { ...path, name: 'E ohne Werte' });
    // The path stands at 70 on 2026-06-30 (half of the year from 50 to 90); the tolerance is 4.
    await enter(ahead, '2026-05', 60, coordinator.token);
    await enter(ahead, '2026-06', 71, coordinator.token);
    await enter(close, '2026-06', 67, coordinator.token);
    await enter(behind, '2026-06', 60, coordinator.token);
    await enter(fewer, '2026-06', 29, coordinator.token);

    const board = await dashboard();
    const byName = Object.fromEntries(board.indicators.map((i) => [i.name, i]));
    expect(byName['A auf Kurs']).toMatchObject({
      latest: { period: '2026-06', periodEnd: '2026-06-30', value: 71 },
      baseline: { value: 50, date: '2025-12-31' },
      nextTarget: { value: 90, date: '2026-12-31' },
      status: 'on_track',
    });
    expect(byName['A auf Kurs']!.expected).toBeCloseTo(69.8, 1);
    expect(byName['B knapp dahinter']!.status).toBe('at_risk');
    expect(byName['C weit dahinter']!.status).toBe('off_track');
    expect(byName['D weniger ist besser']!.status).toBe('on_track');
    expect(byName['E ohne Werte']).toMatchObject({ latest: null, status: 'no_data' });
  });

  it('calls a value without a target to judge it by "no path", never "no data"', async () => {
    const unjudged = await createIndicator(t.api, initiative.id, coordinator, {
      name: 'Ohne Ziel',
      unit: '%',
      frequency: 'quarterly',
      baseline: { value: 70, date: '2025-12-31' },
      targets: [],
    });
    await enter(unjudged, '2026-Q1', 73.2, coordinator.token);
    const [summary] = (await dashboard()).indicators;
    expect(summary).toMatchObject({
      latest: { period: '2026-Q1', value: 73.2 },
      nextTarget: null,
      expected: null,
      status: 'no_path',
    });
  });

  it('marks a latest value as outdated once a newer period of its frequency was due', async () => {
    const yearly = { frequency: 'yearly' as const, targets: [] };
    const old = await createIndicator(t.api, initiative.id, coordinator, {
      ...yearly,
      name: 'Alt',
    });
    const fresh = await createIndicator(t.api, initiative.id, coordinator, {
      ...yearly,
      name: 'Neu',
    });
    await enter(old, '2020', 10, coordinator.token);
    await enter(fresh, String(new Date().getFullYear()), 12, coordinator.token);
    const board = await dashboard();
    const byName = Object.fromEntries(board.indicators.map((i) => [i.name, i]));
    expect(byName['Alt']).toMatchObject({ frequency: 'yearly', outdated: true });
    expect(byName['Neu']).toMatchObject({ frequency: 'yearly', outdated: false });
  });

  it('ignores values waiting for review and shows the last 30 days’ activity', async () => {
    const stewardMember = await addMember(t.dataSource, initiative.id, steward, 'working_group');
    const indicator = await createIndicator(t.api, initiative.id, coordinator, {
      name: 'Beratungen',
      frequency: 'quarterly',
      baseline: { value: 10, date: '2025-12-31' },
      targets: [{ value: 50, date: '2026-12-31' }],
      stewardMemberIds: [stewardMember],
    });
    await enter(indicator, '2026-Q1', 20, coordinator.token);
    const submitted = await enter(indicator, '2026-Q2', 45, steward.token);
    expect(submitted.status).toBe('submitted');

    const board = await dashboard();
    expect(board.indicators[0]!.latest).toMatchObject({ period: '2026-Q1', value: 20 });
    const what = board.activity.map((a) => [
      a.kind,
      a.action,
      a.subject,
      a.period,
      a.actor?.displayName,
    ]);
    expect(what).toEqual(
      expect.arrayContaining([
        ['measurement', 'value_entered', 'Beratungen', '2026-Q2', 'Stefan Datenpflege'],
        ['measurement', 'value_entered', 'Beratungen', '2026-Q1', 'Miriam Koordination'],
      ]),
    );
    expect(board.activity.map((a) => a.at)).toEqual(
      [...board.activity.map((a) => a.at)].sort().reverse(),
    );
  });

  it('answers 404 to a non-member', async () => {
    const stranger = await createUser(t.api);
    expectProblem(await t.api.get(`${base}/dashboard`, { token: stranger.token }), 404);
  });
});
