import { Workbook } from 'exceljs';
import type { Actor, Page, PublicReport, Role } from '@gw/shared/contracts';
import {
  createUsersPerRole,
  createInitiativeFixture,
  type InitiativeFixture,
} from '../support/fixture';
import { createActor } from '../support/phase-one';
import { pdfText } from '../support/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';

const INTERNAL = 'Interne Abbruchquote';
const OUTSIDERS = ['partner', 'observer'] as const;

describe('privacy', () => {
  let t: TestApp;
  let f: InitiativeFixture;
  let internalId: string;
  let plan: string;
  const base = () => `/api/v1/initiatives/${f.initiativeId}`;
  const as = (role: Role) => ({ token: f.users[role].token });
  const one = async (sql: string, values: unknown[]) =>
    ((await t.dataSource.query(sql, values)) as { id: string }[])[0]!.id;
  const ok = async <T>(response: Promise<{ status: number; body: T }>) => {
    const { status, body } = await response;
    if (status >= 300) throw new Error(`${status}: ${JSON.stringify(body)}`);
    return body;
  };
  const download = async (path: string, role: Role) => {
    const response = await fetch(`${t.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${f.users[role].token}` },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    t = await startTestApp();
    f = await createInitiativeFixture(t, await createUsersPerRole(t));
    // An internal indicator beside the fixture's partner-visible one, on the same measure.
    internalId = await one(
      `INSERT INTO indicators (initiative_id, name, unit, frequency, visibility)
       VALUES ($1, $2, '%', 'yearly', 'internal') RETURNING id`,
      [f.initiativeId, INTERNAL],
    );
    await t.dataSource.query(
      `INSERT INTO measure_indicators (measure_id, indicator_id) VALUES ($1, $2)`,
      [f.measureId, internalId],
    );
    const planId = await one(
      `SELECT id FROM artifacts WHERE initiative_id = $1 AND kind = 'action_plan'`,
      [f.initiativeId],
    );
    plan = `${base()}/artifacts/${planId}`;
    // Baseline 1 approved, baseline 2 a draft: two versions to read, compare and print.
    await ok(t.api.post(`${plan}/versions`, undefined, as('coordination')));
    await ok(t.api.post(`${plan}/versions/1/submit`, undefined, as('coordination')));
    await ok(t.api.post(`${plan}/versions/1/approvals`, { decision: 'approve' }, as('steering')));
    await ok(t.api.post(`${plan}/versions`, undefined, as('coordination')));
  });
  afterAll(() => t.close());

  describe('internal indicators in the action plan and the measures', () => {
    const reads = () => [
      `${plan}`,
      `${plan}/versions/1`,
      `${plan}/versions/2`,
      `${plan}/versions/2/diff/1`,
      `${base()}/measures`,
      `${base()}/measures/${f.measureId}`,
    ];

    it.each(OUTSIDERS)(
      'are not named to a %s in any read of a version or measure',
      async (role) => {
        for (const path of reads()) {
          const body = JSON.stringify(await ok(t.api.get(path, as(role))));
          expect(body).not.toContain(internalId);
          expect(body).not.toContain(INTERNAL);
        }
        const version = JSON.stringify(await ok(t.api.get(`${plan}/versions/1`, as(role))));
        expect(version).toContain(f.indicatorId);
        const measure = await ok(
          t.api.get<{ indicatorIds: string[] }>(`${base()}/measures/${f.measureId}`, as(role)),
        );
        expect(measure.indicatorIds).toEqual([f.indicatorId]);
      },
    );

    it.each(OUTSIDERS)('are not named to a %s in the PDF of a baseline', async (role) => {
      for (const number of [1, 2]) {
        const text = pdfText(await download(`${plan}/versions/${number}/pdf`, role));
        expect(text).toContain('Anschlussquote');
        expect(text).not.toContain(INTERNAL);
      }
    });

    it('are named to coordination, in the versions, the PDF and the measures', async () => {
      const version = JSON.stringify(await ok(t.api.get(`${plan}/versions/1`, as('coordination'))));
      expect(version).toContain(internalId);
      expect(version).toContain(INTERNAL);
      const text = pdfText(await download(`${plan}/versions/1/pdf`, 'coordination'));
      expect(text).toContain(INTERNAL);
      const measure = await ok(
        t.api.get<{ indicatorIds: string[] }>(
          `${base()}/measures/${f.measureId}`,
          as('coordination'),
        ),
      );
      expect(measure.indicatorIds.sort()).toEqual([f.indicatorId, internalId].sort());
    });

    it('does not tell a partner that a baseline changed through an internal indicator alone', async () => {
      await t.dataSource.query(
        `DELETE FROM measure_indicators WHERE measure_id = $1 AND indicator_id = $2`,
        [f.measureId, internalId],
      );
      const read = (role: Role) =>
        ok(
          t.api.get<{ baselineChange: { fields: string[] } }>(
            `${base()}/measures/${f.measureId}`,
            as(role),
          ),
        );
      expect((await read('coordination')).baselineChange.fields).toContain('indicatorIds');
      expect((await read('partner')).baselineChange.fields).not.toContain('indicatorIds');
      await t.dataSource.query(
        `INSERT INTO measure_indicators (measure_id, indicator_id) VALUES ($1, $2)`,
        [f.measureId, internalId],
      );
    });
  });

  describe('small cells in the public report', () => {
    let token: string;
    let reportPath: string;

    beforeAll(async () => {
      // A public head count by Stadtteil: Nord rests on 3 cases, and total minus Mitte would give it.
      const indicatorId = await one(
        `INSERT INTO indicators (initiative_id, name, unit, frequency, visibility)
         VALUES ($1, 'Vermittlungen', 'Jugendliche', 'quarterly', 'public') RETURNING id`,
        [f.initiativeId],
      );
      await t.dataSource.query(
        `INSERT INTO indicator_goals (indicator_id, goal_id) VALUES ($1, $2)`,
        [indicatorId, f.goalId],
      );
      await t.dataSource.query(
        `INSERT INTO indicator_dimensions (indicator_id, dimension_id) VALUES ($1, $2)`,
        [indicatorId, f.dimensionId],
      );
      await t.dataSource.query(
        `INSERT INTO measurements (indicator_id, period, period_start, period_end, cell_key, cell_value_ids, value, cases, status)
         SELECT $1, '2027-Q1', '2027-01-01', '2027-03-31', coalesce($2 || ':' || v.id, ''),
                CASE WHEN v.id IS NULL THEN '{}' ELSE ARRAY[v.id] END, v.n, v.n, 'approved'
           FROM (SELECT NULL::uuid AS id, 40 AS n
                 UNION ALL SELECT id, CASE value WHEN 'Mitte' THEN 37 ELSE 3 END
                             FROM dimension_values WHERE dimension_id = $2) v`,
        [indicatorId, f.dimensionId],
      );
      const report = await ok(
        t.api.post<{ artifactId: string }>(
          `${base()}/reports`,
          { periodType: 'quarter', periodStart: '2027-01-01' },
          as('coordination'),
        ),
      );
      reportPath = `${base()}/artifacts/${report.artifactId}`;
      await ok(t.api.post(`${reportPath}/versions/1/submit`, undefined, as('coordination')));
      await ok(
        t.api.post(`${reportPath}/versions/1/approvals`, { decision: 'approve' }, as('steering')),
      );
      await ok(t.api.post(`${reportPath}/versions/1/publish`, undefined, as('coordination')));
      token = (
        await ok(
          t.api.post<{ token: string }>(
            `${reportPath}/versions/1/public-link`,
            undefined,
            as('coordination'),
          ),
        )
      ).token;
    });

    it('hides a second cell, so that the total minus the shown cells gives no hidden value', async () => {
      const report = await ok(t.api.get<PublicReport>(`/api/v1/public/reports/${token}`));
      const indicator = report.goals
        .flatMap((goal) => goal.indicators)
        .find((i) => i.name === 'Vermittlungen')!;
      const hidden = indicator.cells.filter((cell) => cell.suppressed);
      const totalShown = indicator.values.some((v) => v.period === '2027-Q1');
      expect(hidden.length >= 2 || !totalShown).toBe(true);
      expect(hidden.every((cell) => cell.value === null)).toBe(true);
      expect(JSON.stringify(indicator.cells)).not.toMatch(/\b(37|3)\b/);
    });

    it('prints no hidden value in the public PDF, while members still read the exact values', async () => {
      const response = await fetch(`${t.baseUrl}/api/v1/public/reports/${token}/pdf`);
      const text = pdfText(Buffer.from(await response.arrayBuffer()));
      expect(text).toContain('Mitte: unterdrückt');
      expect(text).toContain('Nord: unterdrückt');
      expect(text).not.toMatch(/Mitte: 37|Nord: 3\b/);
      const internal = pdfText(await download(`${reportPath}/versions/1/pdf`, 'coordination'));
      expect(internal).toContain('Mitte: 37 (n = 37)');
      expect(internal).toContain('Nord: 3 (n = 3)');
    });
  });

  describe('contact persons of actors', () => {
    const CONTACT = {
      name: 'Aylin Demir',
      function: 'Leitung',
      email: 'a.demir@caritas.de',
      phone: '02331 1234',
    };
    const traces = [CONTACT.name, CONTACT.email, CONTACT.phone];

    beforeAll(async () => {
      await createActor(t.api, f.initiativeId, f.users.coordination, {
        name: 'Caritas Beratung',
        contacts: [CONTACT],
      });
    });

    const csv = async (role: Role) =>
      (await download(`${base()}/actors/export?format=csv`, role)).toString('utf8');
    const xlsx = async (role: Role) => {
      const workbook = new Workbook();
      await workbook.xlsx.load(
        (await download(`${base()}/actors/export?format=xlsx`, role)) as unknown as ArrayBuffer,
      );
      const values: string[] = [];
      workbook.worksheets[0]!.eachRow((row) => values.push(JSON.stringify(row.values)));
      return values.join('\n');
    };
    const json = async (role: Role) => {
      const page = await ok(t.api.get<Page<Actor>>(`${base()}/actors?pageSize=100`, as(role)));
      const actor = page.items.find((a) => a.name === 'Caritas Beratung')!;
      const detail = await ok(t.api.get<Actor>(`${base()}/actors/${actor.id}`, as(role)));
      return JSON.stringify([page, detail]);
    };

    it.each(['partner', 'observer', 'working_group'] as const)(
      'gives a %s the table, its export and the search without contact data',
      async (role) => {
        for (const content of [await csv(role), await xlsx(role), await json(role)]) {
          expect(content).toContain('Caritas Beratung');
          for (const trace of traces) expect(content).not.toContain(trace);
        }
        expect(await csv(role)).not.toContain('Ansprechperson');
        const search = await ok(t.api.get<Page<Actor>>(`${base()}/actors?q=Demir`, as(role)));
        expect(search.total).toBe(0);
      },
    );

    it.each(['coordination', 'steering'] as const)(
      'gives %s the contact persons in the table, its export and the search',
      async (role) => {
        for (const content of [await csv(role), await xlsx(role), await json(role)]) {
          for (const trace of traces) expect(content).toContain(trace);
        }
        const search = await ok(t.api.get<Page<Actor>>(`${base()}/actors?q=Demir`, as(role)));
        expect(search.items.map((a) => a.name)).toEqual(['Caritas Beratung']);
      },
    );
  });
});
