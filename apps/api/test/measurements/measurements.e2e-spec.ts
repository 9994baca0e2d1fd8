import {
  type IndicatorSeries,
  type Measurement,
  type Page,
  PROBLEM_TYPES,
  type Role,
} from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import type { TestUser } from '../support/factories';
import { createDimension, createIndicator } from '../support/phase-two';
import { detailOf, errorsOf, expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('measurements', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  /** The fixture dimension's values (Stadtteil: Mitte, Nord). */
  let mitte: string;
  let nord: string;
  const base = () => `/api/v1/initiatives/${f.initiativeId}`;
  const url = (path = '', indicatorId = f.indicatorId) =>
    `${base()}/indicators/${indicatorId}/measurements${path}`;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const ref = (role: Role) => ({ userId: users[role].id, displayName: users[role].displayName });
  const enter = (body: object, role: Role = 'coordination', indicatorId = f.indicatorId) =>
    t.api.post<Measurement>(url('', indicatorId), body, as(role));
  const read = async (id: string, indicatorId = f.indicatorId) =>
    (await t.api.get<Measurement>(url(`/${id}`, indicatorId), as('steering'))).body;
  const review = (id: string, body: object, role: Role = 'coordination') =>
    t.api.post<Measurement>(url(`/${id}/review`), body, as(role));
  const correct = (id: string, body: object, role: Role = 'coordination') =>
    t.api.patch<Measurement>(url(`/${id}`), body, as(role));
  const count = async () =>
    (
      (await t.dataSource.query('SELECT count(*)::int AS n FROM measurements')) as { n: number }[]
    )[0]!.n;
  const district = (valueId: string) => [{ dimensionId: f.dimensionId, valueId }];

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

  describe('entering values', () => {
    it("takes a data steward's value with cell, cases and source as submitted for review", async () => {
      const response = await enter(
        {
          period: '2027',
          cell: district(mitte),
          value: 12.5,
          cases: 40,
          sourceNote: ' Verbleibsabfrage ',
        },
        'working_group',
      );
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        indicatorId: f.indicatorId,
        period: '2027',
        periodStart: '2027-01-01',
        periodEnd: '2027-12-31',
        cell: [{ dimensionId: f.dimensionId, valueId: mitte }],
        value: 12.5,
        cases: 40,
        sourceNote: 'Verbleibsabfrage',
        status: 'submitted',
        enteredBy: ref('working_group'),
        enteredAt: expect.any(String),
        reviewedBy: null,
        reviewedAt: null,
        reviewComment: null,
        history: [],
        comments: [],
        version: 1,
      });
      expect(await read(response.body.id)).toEqual(response.body);
    });

    it("approves coordination's own entries on entry; the total has an empty cell", async () => {
      const response = await enter({ period: '2027', value: 80 });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        cell: [],
        cases: null,
        sourceNote: '',
        status: 'approved',
        enteredBy: ref('coordination'),
      });
    });

    it('refuses members who are not data stewards of the indicator, and observers, with 403', async () => {
      const before = await count();
      expectProblem(
        await enter({ period: '2027', value: 1 }, 'steering'),
        403,
        PROBLEM_TYPES.forbidden,
      );
      await t.dataSource.query(`UPDATE indicators SET visibility = 'partners' WHERE id = $1`, [
        f.indicatorId,
      ]);
      expectProblem(await enter({ period: '2027', value: 1 }, 'partner'), 403);
      expectProblem(await enter({ period: '2027', value: 1 }, 'observer'), 403);
      expect(await count()).toBe(before);
    });

    it('lets a steward of any role but observer enter values', async () => {
      await t.dataSource.query(
        `INSERT INTO indicator_stewards (indicator_id, membership_id)
         SELECT $1, id FROM memberships WHERE initiative_id = $2 AND user_id = $3`,
        [f.indicatorId, f.initiativeId, users.steering.id],
      );
      const response = await enter({ period: '2027', value: 1 }, 'steering');
      expect(response.body).toMatchObject({ status: 'submitted', enteredBy: ref('steering') });
    });

    it("refuses a period that does not fit the indicator's frequency", async () => {
      for (const period of ['2027-Q1', '2027-11', '27', '2027-H1', '0999']) {
        const response = await enter({ period, value: 1 });
        expectProblem(response, 400, PROBLEM_TYPES.validation);
        expect(fieldsOf(response)).toEqual(['period']);
      }
      const quarterly = await createIndicator(t.api, f.initiativeId, users.coordination, {
        frequency: 'quarterly',
      });
      expectProblem(await enter({ period: '2027', value: 1 }, 'coordination', quarterly.id), 400);
      const ok = await enter({ period: '2027-q2', value: 1 }, 'coordination', quarterly.id);
      expect(ok.body).toMatchObject({
        period: '2027-Q2',
        periodStart: '2027-04-01',
        periodEnd: '2027-06-30',
      });
    });

    it('refuses dimensions the indicator does not use, unknown values and a dimension twice', async () => {
      const age = await createDimension(t.api, f.initiativeId, users.coordination, {
        name: 'Altersgruppe',
        values: [{ value: '14–17' }],
      });
      const teens = age.values[0]!.id;
      const other = await createInitiativeFixture(t, await createUsersPerRole(t));
      const [foreign] = (await t.dataSource.query(
        'SELECT id FROM dimension_values WHERE dimension_id = $1 LIMIT 1',
        [other.dimensionId],
      )) as { id: string }[];
      const response = await enter({
        period: '2027',
        cell: [
          { dimensionId: age.id, valueId: teens },
          { dimensionId: f.dimensionId, valueId: teens },
          { dimensionId: f.dimensionId, valueId: mitte },
          { dimensionId: other.dimensionId, valueId: foreign!.id },
        ],
        value: 1,
      });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(errorsOf(response).map((e) => [e.field, e.code])).toEqual([
        ['cell.0.dimensionId', 'dimension_not_used'],
        ['cell.1.valueId', 'unknown_value'],
        ['cell.2.dimensionId', 'duplicate_dimension'],
        ['cell.3.dimensionId', 'dimension_not_used'],
      ]);
      const foreignValue = await enter({
        period: '2027',
        cell: district(foreign!.id),
        value: 1,
      });
      expect(fieldsOf(foreignValue)).toEqual(['cell.0.valueId']);
    });

    it('keeps one current value per indicator, period and cell: entering it again answers 409', async () => {
      const duplicate = await enter({ period: '2025', value: 70 });
      expectProblem(duplicate, 409, PROBLEM_TYPES.conflict);
      expect(detailOf(duplicate)).toMatch(/Correct that value instead/);
      expect((await enter({ period: '2025', cell: district(nord), value: 70 })).status).toBe(201);
      expectProblem(await enter({ period: '2025', cell: district(nord), value: 71 }), 409);
    });

    it('lets exactly one of two simultaneous entries of the same value win', async () => {
      const responses = await Promise.all(
        [1, 2, 3].map((value) => enter({ period: '2030', cell: district(mitte), value })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    });
  });

  describe('review', () => {
    it('returns a value with a comment, the steward corrects it, it is submitted again and approved', async () => {
      const returned = await review(f.submittedMeasurementId, {
        decision: 'return',
        comment: 'Bitte die Nachmeldungen ergänzen.',
        version: 1,
      });
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({
        status: 'returned',
        value: 74,
        reviewedBy: ref('coordination'),
        reviewedAt: expect.any(String),
        reviewComment: 'Bitte die Nachmeldungen ergänzen.',
        version: 2,
      });
      expect(returned.body.history).toEqual([
        {
          value: 74,
          cases: 590,
          sourceNote: '',
          status: 'submitted',
          action: 'returned',
          changedBy: ref('coordination'),
          changedAt: expect.any(String),
          reason: 'Bitte die Nachmeldungen ergänzen.',
        },
      ]);

      const corrected = await correct(
        f.submittedMeasurementId,
        { value: 75.5, cases: 602, reason: 'Nachmeldungen ergänzt', version: 2 },
        'working_group',
      );
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({
        status: 'submitted',
        value: 75.5,
        cases: 602,
        reviewedBy: null,
        reviewComment: null,
        enteredBy: ref('working_group'),
        version: 3,
      });
      expect(corrected.body.history.map((h) => [h.action, h.status, h.value])).toEqual([
        ['corrected', 'returned', 74],
        ['returned', 'submitted', 74],
      ]);

      const approved = await review(f.submittedMeasurementId, { decision: 'approve', version: 3 });
      expect(approved.body).toMatchObject({
        status: 'approved',
        value: 75.5,
        reviewedBy: ref('coordination'),
        reviewComment: null,
        version: 4,
      });
      expect(approved.body.history.map((h) => [h.action, h.changedBy?.userId])).toEqual([
        ['approved', users.coordination.id],
        ['corrected', users.working_group.id],
        ['returned', users.coordination.id],
      ]);
      expect(await read(f.submittedMeasurementId)).toEqual(approved.body);
    });

    it('needs a comment to return a value', async () => {
      const response = await review(f.submittedMeasurementId, { decision: 'return', version: 1 });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(['comment']);
      expect(
        fieldsOf(
          await review(f.submittedMeasurementId, { decision: 'return', comment: ' ', version: 1 }),
        ),
      ).toEqual(['comment']);
    });

    it('reviews only submitted values, at the version last read, by coordination', async () => {
      expectProblem(
        await review(f.measurementId, { decision: 'approve', version: 1 }),
        409,
        PROBLEM_TYPES.invalidState,
      );
      expectProblem(
        await review(f.submittedMeasurementId, { decision: 'approve', version: 2 }),
        409,
        PROBLEM_TYPES.staleVersion,
      );
      expectProblem(
        await review(
          f.submittedMeasurementId,
          { decision: 'approve', version: 1 },
          'working_group',
        ),
        403,
      );
      expect((await read(f.submittedMeasurementId)).status).toBe('submitted');
    });
  });

  describe('corrections', () => {
    it('keeps the previous value in the history with who, when and why', async () => {
      const before = await read(f.measurementId);
      const response = await correct(f.measurementId, {
        value: 72.25,
        cases: null,
        sourceNote: 'Schulstatistik',
        reason: 'Nachmeldung des Berufskollegs',
        version: 1,
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        ...before,
        value: 72.25,
        cases: null,
        sourceNote: 'Schulstatistik',
        status: 'approved',
        version: 2,
        history: [
          {
            value: 71.5,
            cases: 600,
            sourceNote: '',
            status: 'approved',
            action: 'corrected',
            changedBy: ref('coordination'),
            changedAt: expect.any(String),
            reason: 'Nachmeldung des Berufskollegs',
          },
        ],
      });
      const changedAt = Date.parse(response.body.history[0]!.changedAt);
      expect(Math.abs(Date.now() - changedAt)).toBeLessThan(60_000);
    });

    it("sends a steward's correction of an approved value back to review", async () => {
      const response = await correct(
        f.measurementId,
        { value: 70, reason: 'Zahl der Abgänger korrigiert', version: 1 },
        'working_group',
      );
      expect(response.body).toMatchObject({ status: 'submitted', value: 70, cases: 600 });
      expect(response.body.history[0]).toMatchObject({
        status: 'approved',
        action: 'corrected',
        changedBy: ref('working_group'),
      });
    });

    it('refuses non-stewards (403), stale versions (409) and corrections without a reason (400)', async () => {
      expectProblem(
        await correct(f.measurementId, { value: 1, reason: 'x', version: 1 }, 'steering'),
        403,
        PROBLEM_TYPES.forbidden,
      );
      expectProblem(
        await correct(f.measurementId, { value: 1, reason: 'x', version: 2 }),
        409,
        PROBLEM_TYPES.staleVersion,
      );
      const missing = await correct(f.measurementId, { value: 1, version: 1 });
      expect(fieldsOf(missing)).toEqual(['reason']);
      expect((await read(f.measurementId)).history).toEqual([]);
    });

    it("lets stewards correct only their own indicators' values", async () => {
      const other = await createIndicator(t.api, f.initiativeId, users.coordination);
      const value = await enter({ period: '2026', value: 3 }, 'coordination', other.id);
      const response = await t.api.patch(
        url(`/${value.body.id}`, other.id),
        { value: 4, reason: 'x', version: 1 },
        as('working_group'),
      );
      expectProblem(response, 403, PROBLEM_TYPES.forbidden);
    });

    it('keeps the history append-only in the database, unless the value itself goes', async () => {
      await correct(f.measurementId, { value: 72, reason: 'Nachmeldung', version: 1 });
      await expect(
        t.dataSource.query(`UPDATE measurement_revisions SET value = 1`),
      ).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM measurement_revisions`)).rejects.toThrow(
        /append-only/,
      );
      // Deleting the indicator takes its values with their history.
      const deleted = await t.api.delete(`${base()}/indicators/${f.indicatorId}`, as());
      expect(deleted.status).toBe(204);
      const [{ n }] = (await t.dataSource.query(
        'SELECT count(*)::int AS n FROM measurement_revisions WHERE measurement_id = $1',
        [f.measurementId],
      )) as { n: number }[];
      expect(n).toBe(0);
    });
  });

  describe('comments', () => {
    it('lets members comment on a value; the comments show with the value, oldest first', async () => {
      await t.dataSource.query(`UPDATE indicators SET visibility = 'partners' WHERE id = $1`, [
        f.indicatorId,
      ]);
      const first = await t.api.post(
        url(`/${f.measurementId}/comments`),
        { body: ' Der Anstieg kommt vor allem aus der Gesamtschule Nord. ' },
        as('partner'),
      );
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        id: expect.any(String),
        author: ref('partner'),
        body: 'Der Anstieg kommt vor allem aus der Gesamtschule Nord.',
        createdAt: expect.any(String),
      });
      await t.api.post(url(`/${f.measurementId}/comments`), { body: 'Danke!' }, as('steering'));
      expect((await read(f.measurementId)).comments.map((c) => [c.author?.userId, c.body])).toEqual(
        [
          [users.partner.id, 'Der Anstieg kommt vor allem aus der Gesamtschule Nord.'],
          [users.steering.id, 'Danke!'],
        ],
      );
      expectProblem(
        await t.api.post(url(`/${f.measurementId}/comments`), { body: 'x' }, as('observer')),
        403,
      );
      const empty = await t.api.post(url(`/${f.measurementId}/comments`), { body: ' ' }, as());
      expect(fieldsOf(empty)).toEqual(['body']);
    });
  });

  describe('the list', () => {
    it('lists newest period first, the total before the cells, with history and comments', async () => {
      await enter({ period: '2025', cell: district(nord), value: 60 });
      await enter({ period: '2025', cell: district(mitte), value: 80 });
      await enter({ period: '2024', value: 69 });
      await correct(f.measurementId, { value: 71, reason: 'Nachmeldung', version: 1 });
      await t.api.post(url(`/${f.measurementId}/comments`), { body: 'Gut!' }, as('steering'));
      const page = (await t.api.get<Page<Measurement>>(url(), as('steering'))).body;
      expect(page.total).toBe(5);
      expect(page.items.map((m) => [m.period, m.cell.map((c) => c.valueId), m.value])).toEqual([
        ['2026', [], 74],
        ['2025', [], 71],
        ['2025', [mitte], 80],
        ['2025', [nord], 60],
        ['2024', [], 69],
      ]);
      expect(page.items[1]).toMatchObject({
        history: [expect.objectContaining({ value: 71.5 })],
        comments: [expect.objectContaining({ body: 'Gut!' })],
      });
    });

    it('filters by status, cells and dates, and pages', async () => {
      await enter({ period: '2025', cell: district(nord), value: 60 });
      await enter({ period: '2024', value: 69 });
      const list = async (query: string) =>
        (await t.api.get<Page<Measurement>>(`${url()}?${query}`, as('steering'))).body;
      expect((await list('status=submitted')).items.map((m) => m.period)).toEqual(['2026']);
      expect((await list('cells=total')).items.map((m) => m.period)).toEqual([
        '2026',
        '2025',
        '2024',
      ]);
      expect((await list('from=2025-06-30&to=2025-07-01')).items).toHaveLength(2);
      expect((await list('from=2026-01-01')).items.map((m) => m.period)).toEqual(['2026']);
      const second = await list('page=2&pageSize=2');
      expect(second).toMatchObject({ total: 4, page: 2, pageSize: 2 });
      expect(second.items.map((m) => m.period)).toEqual(['2025', '2024']);
      expect(await list('page=9&pageSize=2')).toMatchObject({ total: 4, items: [] });
      const bad = await t.api.get(`${url()}?status=draft&cells=some&from=2025-02-30`, as());
      expect(fieldsOf(bad).sort()).toEqual(['cells', 'from', 'status']);
    });
  });

  describe("the initiative's list across indicators", () => {
    it("gives coordination the review queue: every indicator's submitted values", async () => {
      const other = await createIndicator(t.api, f.initiativeId, users.coordination);
      await t.dataSource.query(
        `INSERT INTO indicator_stewards (indicator_id, membership_id)
         SELECT $1, membership_id FROM indicator_stewards WHERE indicator_id = $2`,
        [other.id, f.indicatorId],
      );
      const submitted = await t.api.post<Measurement>(
        `${base()}/indicators/${other.id}/measurements`,
        { period: '2026', value: 12 },
        as('working_group'),
      );
      expect(submitted.body.status).toBe('submitted');
      const queue = await t.api.get<Page<Measurement>>(
        `${base()}/measurements?status=submitted`,
        as(),
      );
      expect(queue.status).toBe(200);
      expect(queue.body.items.map((m) => [m.indicatorId, m.period]).sort()).toEqual(
        [
          [f.indicatorId, '2026'],
          [other.id, '2026'],
        ].sort(),
      );
      expect(queue.body.total).toBe(2);
    });

    it("never lists another initiative's values, nor internal ones to partners", async () => {
      const theirs = await createInitiativeFixture(t, await createUsersPerRole(t));
      const mine = await t.api.get<Page<Measurement>>(`${base()}/measurements`, as());
      expect(mine.body.items.map((m) => m.id)).not.toContain(theirs.measurementId);
      const internal = await createIndicator(t.api, f.initiativeId, users.coordination, {
        visibility: 'internal',
      });
      await t.api.post(
        `${base()}/indicators/${internal.id}/measurements`,
        { period: '2026', value: 3 },
        as(),
      );
      const seen = async (role: Role) =>
        (
          await t.api.get<Page<Measurement>>(`${base()}/measurements?pageSize=100`, as(role))
        ).body.items.map((m) => m.indicatorId);
      expect(await seen('coordination')).toContain(internal.id);
      expect(await seen('partner')).not.toContain(internal.id);
      expect(await seen('partner')).toContain(f.indicatorId);
    });
  });

  describe('the series', () => {
    it('holds approved values only: the total and each cell over time, with comments, baseline and targets', async () => {
      await t.api.patch(
        `${base()}/indicators/${f.indicatorId}`,
        {
          version: 1,
          baseline: { value: 68, date: '2024-07-31' },
          targets: [{ value: 80, date: '2028-07-31' }],
        },
        as(),
      );
      await enter({ period: '2024', value: 69, cases: 580 });
      await enter({ period: '2024', cell: district(nord), value: 61 });
      await enter({ period: '2025', cell: district(nord), value: 63 });
      await enter({ period: '2025', cell: district(mitte), value: 3, cases: 4 });
      const pending = await enter({ period: '2023', value: 50 }, 'working_group');
      await review(pending.body.id, { decision: 'return', comment: 'Falsch', version: 1 });
      await t.api.post(url(`/${f.measurementId}/comments`), { body: 'Rekord' }, as('steering'));

      const response = await t.api.get<IndicatorSeries>(
        `${base()}/indicators/${f.indicatorId}/series`,
        as('steering'),
      );
      expect(response.status).toBe(200);
      const point = (period: string, value: number, cases: number | null, comments = []) => ({
        period,
        periodStart: `${period}-01-01`,
        periodEnd: `${period}-12-31`,
        value,
        cases,
        comments,
      });
      expect(response.body).toEqual({
        indicatorId: f.indicatorId,
        total: [
          point('2024', 69, 580),
          {
            ...point('2025', 71.5, 600),
            comments: [{ author: users.steering.displayName, body: 'Rekord' }],
          },
        ],
        cells: [
          { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], points: [point('2025', 3, 4)] },
          {
            cell: [{ dimension: 'Stadtteil', value: 'Nord' }],
            points: [point('2024', 61, null), point('2025', 63, null)],
          },
        ],
        baseline: { value: 68, date: '2024-07-31' },
        targets: [{ value: 80, date: '2028-07-31' }],
      });
    });

    it('serves five years of months in ten cells, every cell over the whole time', async () => {
      const indicator = await createIndicator(t.api, f.initiativeId, users.coordination, {
        frequency: 'monthly',
        dimensionIds: [f.dimensionId],
      });
      const dimension = await createDimension(t.api, f.initiativeId, users.coordination, {
        name: 'Bezirk',
        values: Array.from({ length: 10 }, (_, i) => ({ value: `Bezirk ${i + 1}` })),
      });
      await t.api.patch(
        `${base()}/indicators/${indicator.id}`,
        { version: 1, dimensionIds: [f.dimensionId, dimension.id] },
        as(),
      );
      await t.dataSource.query(
        `INSERT INTO measurements (indicator_id, period, period_start, period_end, cell_key, cell_value_ids, value, status)
         SELECT $1, to_char(month, 'YYYY-MM'), month, (month + interval '1 month - 1 day')::date,
                coalesce($2 || ':' || v.id, ''), CASE WHEN v.id IS NULL THEN '{}' ELSE ARRAY[v.id] END,
                random() * 100, 'approved'
           FROM generate_series('2022-01-01'::date, '2026-12-01', interval '1 month') month
          CROSS JOIN (SELECT NULL::uuid AS id UNION ALL
                      SELECT id FROM dimension_values WHERE dimension_id = $2) v`,
        [indicator.id, dimension.id],
      );
      const response = await t.api.get<IndicatorSeries>(
        `${base()}/indicators/${indicator.id}/series`,
        as(),
      );
      expect(response.body.total).toHaveLength(60);
      expect(response.body.cells).toHaveLength(10);
      expect(response.body.cells.map((c) => c.cell[0]!.value)).toEqual(
        Array.from({ length: 10 }, (_, i) => `Bezirk ${i + 1}`),
      );
      expect(response.body.cells.every((c) => c.points.length === 60)).toBe(true);
    });
  });

  describe('isolation and visibility', () => {
    it("answers 404 to another initiative's indicator and values, whatever the path", async () => {
      const theirs = await createInitiativeFixture(t, await createUsersPerRole(t));
      const paths = [
        url('', theirs.indicatorId),
        url(`/${theirs.measurementId}`, theirs.indicatorId),
        url(`/${theirs.measurementId}`),
        `${base()}/indicators/${theirs.indicatorId}/series`,
      ];
      for (const path of paths) expectProblem(await t.api.get(path, as()), 404);
      expectProblem(
        await enter({ period: '2027', value: 1 }, 'coordination', theirs.indicatorId),
        404,
      );
      expectProblem(
        await correct(theirs.measurementId, { value: 1, reason: 'x', version: 1 }),
        404,
      );
      expectProblem(
        await review(theirs.submittedMeasurementId, { decision: 'approve', version: 1 }),
        404,
      );
      expectProblem(
        await t.api.post(url(`/${theirs.measurementId}/comments`), { body: 'x' }, as()),
        404,
      );
      expectProblem(
        await t.api.get(
          `/api/v1/initiatives/${theirs.initiativeId}/indicators/${theirs.indicatorId}/measurements`,
          as(),
        ),
        404,
      );
      const [{ n }] = (await t.dataSource.query(
        'SELECT count(*)::int AS n FROM measurement_comments WHERE measurement_id = $1',
        [theirs.measurementId],
      )) as { n: number }[];
      expect(n).toBe(0);
    });

    it("hides an internal indicator's values from partners and observers (404), like the indicator", async () => {
      await t.dataSource.query(`UPDATE indicators SET visibility = 'internal' WHERE id = $1`, [
        f.indicatorId,
      ]);
      for (const role of ['partner', 'observer'] as const) {
        expectProblem(await t.api.get(url(), as(role)), 404);
        expectProblem(await t.api.get(url(`/${f.measurementId}`), as(role)), 404);
        expectProblem(
          await t.api.get(`${base()}/indicators/${f.indicatorId}/series`, as(role)),
          404,
        );
      }
      await t.dataSource.query(`UPDATE indicators SET visibility = 'partners' WHERE id = $1`, [
        f.indicatorId,
      ]);
      expect((await t.api.get(url(), as('observer'))).status).toBe(200);
    });
  });

  describe('what values hold on to', () => {
    it('keeps the frequency, the dimensions and the dimension values that values use', async () => {
      await enter({ period: '2025', cell: district(nord), value: 60 });
      const indicatorUrl = `${base()}/indicators/${f.indicatorId}`;
      expectProblem(
        await t.api.patch(indicatorUrl, { version: 1, frequency: 'quarterly' }, as()),
        409,
        PROBLEM_TYPES.inUse,
      );
      expectProblem(
        await t.api.patch(indicatorUrl, { version: 1, dimensionIds: [] }, as()),
        409,
        PROBLEM_TYPES.inUse,
      );
      const dimensionUrl = `${base()}/dimensions/${f.dimensionId}`;
      const removeNord = await t.api.patch(
        dimensionUrl,
        { version: 1, values: [{ id: mitte, value: 'Mitte' }] },
        as(),
      );
      expectProblem(removeNord, 409, PROBLEM_TYPES.inUse);
      expect(removeNord.body.detail).toMatch(/"Nord"/);
      const removeMitte = await t.api.patch(
        dimensionUrl,
        { version: 1, values: [{ id: nord, value: 'Nord' }] },
        as(),
      );
      expect(removeMitte.status).toBe(200);
      expect((await t.api.patch(indicatorUrl, { version: 1, unit: 'Prozent' }, as())).status).toBe(
        200,
      );
    });
  });
});
