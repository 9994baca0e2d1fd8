import { type CollectionPlanEntry, PROBLEM_TYPES, type Role } from '@gw/shared/contracts';
import { calendarDateIn, periodContaining } from '../../src/modules/indicators/collection-period';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import { membershipId, type TestUser } from '../support/factories';
import { createIndicator } from '../support/phase-two';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the data collection plan', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  const url = (path = '') => `/api/v1/initiatives/${f.initiativeId}/indicators${path}`;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const create = (overrides: Parameters<typeof createIndicator>[3] = {}) =>
    createIndicator(t.api, f.initiativeId, users.coordination, overrides);
  const member = (role: Role) => membershipId(t.dataSource, f.initiativeId, users[role].id);

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
  });

  const plan = async (query = '') =>
    (await t.api.get<CollectionPlanEntry[]>(url(`/collection-plan${query}`), as('working_group')))
      .body;

  it('names per indicator the current period, its dates and the due date, by due date then name', async () => {
    const steward = await member('working_group');
    await create({ name: 'Beratungen', frequency: 'monthly', stewardMemberIds: [steward] });
    await create({ name: 'Praktika', frequency: 'quarterly' });
    await create({ name: 'Abbrüche', frequency: 'half_yearly' });
    const entries = await plan('?date=2026-11-17');
    expect(
      entries.map((e) => [e.indicatorName, e.period, e.periodStart, e.periodEnd, e.dueDate]),
    ).toEqual([
      ['Beratungen', '2026-11', '2026-11-01', '2026-11-30', '2026-12-14'],
      ['Abbrüche', '2026-H2', '2026-07-01', '2026-12-31', '2027-01-14'],
      ['Anschlussquote', '2026', '2026-01-01', '2026-12-31', '2027-01-14'],
      ['Praktika', '2026-Q4', '2026-10-01', '2026-12-31', '2027-01-14'],
    ]);
    expect(entries[0]).toEqual({
      indicatorId: expect.any(String),
      indicatorName: 'Beratungen',
      frequency: 'monthly',
      period: '2026-11',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      dueDate: '2026-12-14',
      responsibleActorId: null,
      stewards: [{ memberId: steward, displayName: users.working_group.displayName }],
      overdue: false,
    });
    expect(entries[2]).toMatchObject({
      indicatorId: f.indicatorId,
      responsibleActorId: f.actorId,
    });
  });

  it('lists past periods still without a value, overdue once their due date has passed', async () => {
    const indicator = await create({
      name: 'Beratungen',
      frequency: 'quarterly',
      baseline: { value: 10, date: '2025-06-30' },
    });
    const entered = await t.api.post(
      url(`/${indicator.id}/measurements`),
      { period: '2026-Q2', value: 12 },
      as(),
    );
    expect(entered.status).toBe(201);
    const periods = async (date: string) =>
      (await plan(`?date=${date}`))
        .filter((e) => e.indicatorId === indicator.id)
        .map((e) => [e.period, e.dueDate, e.overdue]);
    // The last four periods looked back on, 2026-Q2 delivered; the current one is not late.
    expect(await periods('2026-11-17')).toEqual([
      ['2025-Q4', '2026-01-14', true],
      ['2026-Q1', '2026-04-14', true],
      ['2026-Q3', '2026-10-14', true],
      ['2026-Q4', '2027-01-14', false],
    ]);
    // Within the two weeks after its end a period is due, not yet overdue; nothing before the baseline.
    expect(await periods('2025-10-05')).toEqual([
      ['2025-Q3', '2025-10-14', false],
      ['2025-Q4', '2026-01-14', false],
    ]);
  });

  it('plans for today in Berlin when no date is given', async () => {
    const today = calendarDateIn('Europe/Berlin', new Date());
    const [entry] = await plan();
    expect(entry!.period).toBe(periodContaining('yearly', today).key);
  });

  it('refuses a date that does not exist', async () => {
    const response = await t.api.get(url('/collection-plan?date=2026-02-30'), as());
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual(['date']);
  });
});
