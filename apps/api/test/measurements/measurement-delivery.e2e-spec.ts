import { type Measurement, PROBLEM_TYPES, type Role } from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import type { TestUser } from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Reviewing a delivery: the total and cells a data steward submitted for one period of an
 * indicator are approved or returned in one step, all or nothing.
 */
describe('reviewing a delivery', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  /** The steward's 2026 delivery: the fixture's submitted total and the two districts. */
  let delivery: Measurement[];
  const indicatorUrl = (indicatorId = f.indicatorId) =>
    `/api/v1/initiatives/${f.initiativeId}/indicators/${indicatorId}`;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const reviewDelivery = (body: object, role: Role = 'coordination', indicatorId?: string) =>
    t.api.post<Measurement[]>(`${indicatorUrl(indicatorId)}/deliveries/review`, body, as(role));
  const shown = (values: Measurement[]) =>
    values.map((value) => ({ id: value.id, version: value.version }));
  const statuses = async () =>
    (await t.dataSource.query(
      'SELECT period, status, count(*)::int AS n FROM measurements WHERE indicator_id = $1 GROUP BY 1, 2 ORDER BY 1, 2',
      [f.indicatorId],
    )) as { period: string; status: string; n: number }[];

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
    const districts = (await t.dataSource.query(
      'SELECT id FROM dimension_values WHERE dimension_id = $1 ORDER BY position',
      [f.dimensionId],
    )) as { id: string }[];
    const cells: Measurement[] = [];
    for (const [index, district] of districts.entries()) {
      const response = await t.api.post<Measurement>(
        `${indicatorUrl()}/measurements`,
        {
          period: '2026',
          cell: [{ dimensionId: f.dimensionId, valueId: district.id }],
          value: index + 10,
        },
        as('working_group'),
      );
      expect(response.status).toBe(201);
      cells.push(response.body);
    }
    const total = await t.api.get<Measurement>(
      `${indicatorUrl()}/measurements/${f.submittedMeasurementId}`,
      as(),
    );
    delivery = [total.body, ...cells];
    // Another period awaiting review stays out of the 2026 delivery.
    await t.api.post(
      `${indicatorUrl()}/measurements`,
      { period: '2027', value: 1 },
      as('working_group'),
    );
  });

  it("approves the period's total and cells in one step, each with its history", async () => {
    const response = await reviewDelivery({
      period: '2026',
      decision: 'approve',
      values: shown(delivery),
    });
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(3);
    for (const value of response.body) {
      expect(value).toMatchObject({
        period: '2026',
        status: 'approved',
        reviewedBy: { userId: users.coordination.id, displayName: users.coordination.displayName },
        reviewComment: null,
      });
      expect(value.version).toBe(delivery.find((d) => d.id === value.id)!.version + 1);
      expect(value.history[0]).toMatchObject({ action: 'approved', status: 'submitted' });
    }
    expect(response.body[0]!.cell).toEqual([]);
    expect(await statuses()).toEqual([
      { period: '2025', status: 'approved', n: 1 },
      { period: '2026', status: 'approved', n: 3 },
      { period: '2027', status: 'submitted', n: 1 },
    ]);
  });

  it('returns the delivery with the reason, which it requires', async () => {
    const missing = await reviewDelivery({
      period: '2026',
      decision: 'return',
      values: shown(delivery),
    });
    expectProblem(missing, 400);
    expect(fieldsOf(missing)).toEqual(['comment']);
    const response = await reviewDelivery({
      period: '2026',
      decision: 'return',
      comment: 'Nord fehlt die Gesamtschule.',
      values: shown(delivery),
    });
    expect(response.status).toBe(200);
    expect(response.body.map((value) => [value.status, value.reviewComment])).toEqual(
      Array(3).fill(['returned', 'Nord fehlt die Gesamtschule.']),
    );
  });

  it('reviews nothing when the delivery changed since it was shown (409)', async () => {
    const before = await statuses();
    // A value added after the list was loaded: coordination has not seen it.
    expectProblem(
      await reviewDelivery({
        period: '2026',
        decision: 'approve',
        values: shown(delivery.slice(0, 2)),
      }),
      409,
      PROBLEM_TYPES.staleVersion,
    );
    // A value corrected by the steward since.
    const corrected = await t.api.patch<Measurement>(
      `${indicatorUrl()}/measurements/${delivery[1]!.id}`,
      { value: 99, reason: 'Nachmeldung', version: delivery[1]!.version },
      as('working_group'),
    );
    expect(corrected.status).toBe(200);
    expectProblem(
      await reviewDelivery({ period: '2026', decision: 'approve', values: shown(delivery) }),
      409,
      PROBLEM_TYPES.staleVersion,
    );
    // The same value named twice does not stand in for another.
    const twice = shown([delivery[0]!, delivery[0]!, corrected.body]);
    expectProblem(
      await reviewDelivery({ period: '2026', decision: 'approve', values: twice }),
      409,
    );
    expect(await statuses()).toEqual(before);
    // Once reviewed, the delivery no longer awaits review.
    const current = shown([delivery[0]!, corrected.body, delivery[2]!]);
    expect(
      (await reviewDelivery({ period: '2026', decision: 'approve', values: current })).status,
    ).toBe(200);
    expectProblem(
      await reviewDelivery({ period: '2026', decision: 'approve', values: current }),
      409,
      PROBLEM_TYPES.staleVersion,
    );
  });

  it('is for coordination only, like reviewing one value', async () => {
    const body = { period: '2026', decision: 'approve', values: shown(delivery) };
    for (const role of ['working_group', 'steering', 'partner', 'observer'] as const) {
      expectProblem(await reviewDelivery(body, role), 403);
    }
    expect(await statuses()).toContainEqual({ period: '2026', status: 'submitted', n: 3 });
  });

  it("answers 404 to another initiative's indicator and 400 to a period of another frequency", async () => {
    const theirs = await createInitiativeFixture(t, await createUsersPerRole(t));
    const body = { period: '2026', decision: 'approve', values: shown(delivery) };
    expectProblem(await reviewDelivery(body, 'coordination', theirs.indicatorId), 404);
    const quarter = await reviewDelivery({ ...body, period: '2026-Q4' });
    expectProblem(quarter, 400);
    expect(fieldsOf(quarter)).toEqual(['period']);
    const empty = await reviewDelivery({ ...body, values: [] });
    expectProblem(empty, 400);
    expect(fieldsOf(empty)).toEqual(['values']);
  });
});
