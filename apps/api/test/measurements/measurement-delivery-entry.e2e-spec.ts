import { type Measurement, PROBLEM_TYPES, type Role } from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import type { TestUser } from '../support/factories';
import { errorsOf, expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** Entering a period's total and cells in one form: one request, all values or none. */
describe('entering a delivery', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  let mitte: string;
  let nord: string;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const enterDelivery = (body: object, role: Role = 'coordination', indicatorId = f.indicatorId) =>
    t.api.post<Measurement[]>(
      `/api/v1/initiatives/${f.initiativeId}/indicators/${indicatorId}/deliveries`,
      body,
      as(role),
    );
  const district = (valueId: string) => [{ dimensionId: f.dimensionId, valueId }];
  const count = async () =>
    (
      (await t.dataSource.query(
        'SELECT count(*)::int AS n FROM measurements WHERE indicator_id = $1',
        [f.indicatorId],
      )) as { n: number }[]
    )[0]!.n;

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
    const values = (await t.dataSource.query(
      'SELECT id, value FROM dimension_values WHERE dimension_id = $1',
      [f.dimensionId],
    )) as { id: string; value: string }[];
    mitte = values.find((v) => v.value === 'Mitte')!.id;
    nord = values.find((v) => v.value === 'Nord')!.id;
  });

  it("takes a steward's total and cells at once, each submitted for review with the source", async () => {
    const response = await enterDelivery(
      {
        period: '2027',
        sourceNote: ' Fallstatistik ',
        values: [
          { value: 30, cases: 100 },
          { cell: district(mitte), value: 12.5, cases: 40 },
          { cell: district(nord), value: 17.5 },
        ],
      },
      'working_group',
    );
    expect(response.status).toBe(201);
    expect(
      response.body.map((value) => [value.cell, value.value, value.cases, value.status]),
    ).toEqual([
      [[], 30, 100, 'submitted'],
      [district(mitte), 12.5, 40, 'submitted'],
      [district(nord), 17.5, null, 'submitted'],
    ]);
    expect(response.body.every((value) => value.sourceNote === 'Fallstatistik')).toBe(true);
    expect(response.body.every((value) => value.enteredBy?.userId === users.working_group.id)).toBe(
      true,
    );
    expect(response.body[0]).toMatchObject({ period: '2027', periodEnd: '2027-12-31' });
  });

  it("approves coordination's delivery on entry", async () => {
    const response = await enterDelivery({ period: '2027', values: [{ value: 1 }] });
    expect(response.status).toBe(201);
    expect(response.body.map((value) => value.status)).toEqual(['approved']);
  });

  it('writes nothing when one value is wrong, naming each wrong value by its place', async () => {
    const before = await count();
    // 2026 has the fixture's total already; Nord twice; a value of no dimension of the indicator.
    const response = await enterDelivery({
      period: '2026',
      values: [
        { cell: district(mitte), value: 1 },
        { value: 2 },
        { cell: district(nord), value: 3 },
        { cell: district(nord), value: 4 },
        { cell: [{ dimensionId: f.dimensionId, valueId: f.dimensionId }], value: 5 },
      ],
    });
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(errorsOf(response).map((error) => [error.field, error.code])).toEqual([
      ['values.1.cell', 'exists'],
      ['values.3.cell', 'duplicate'],
      ['values.4.cell.0.valueId', 'unknown_value'],
    ]);
    const invalid = await enterDelivery({
      period: '2026-Q1',
      values: [{ value: 'viel' }, { value: 1, cases: -1 }],
    });
    expectProblem(invalid, 400);
    expect(fieldsOf(invalid).sort()).toEqual(['values.0.value', 'values.1.cases']);
    const wrongPeriod = await enterDelivery({ period: '2026-Q1', values: [{ value: 1 }] });
    expect(fieldsOf(wrongPeriod)).toEqual(['period']);
    expect(await count()).toBe(before);
  });

  it('is bounded: at least one value, each cell once, at most 500', async () => {
    expect(fieldsOf(await enterDelivery({ period: '2027', values: [] }))).toEqual(['values']);
    const many = Array.from({ length: 501 }, () => ({ value: 1 }));
    expect(fieldsOf(await enterDelivery({ period: '2027', values: many }))).toEqual(['values']);
  });

  it('is for coordination and the indicator’s stewards; another initiative’s indicator is 404', async () => {
    const body = { period: '2027', values: [{ value: 1 }] };
    for (const role of ['steering', 'partner', 'observer'] as const) {
      expectProblem(await enterDelivery(body, role), 403);
    }
    const theirs = await createInitiativeFixture(t, await createUsersPerRole(t));
    expectProblem(await enterDelivery(body, 'coordination', theirs.indicatorId), 404);
  });
});
