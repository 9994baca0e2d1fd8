import { Workbook } from 'exceljs';
import {
  type Indicator,
  type Measurement,
  type Page,
  PROBLEM_TYPES,
  type Role,
} from '@gw/shared/contracts';
import { CSV_TYPE, XLSX_TYPE } from '../support/actor-table';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import type { TestUser } from '../support/factories';
import { createDimension, createIndicator } from '../support/phase-two';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** The template's German headers, written out: a renamed column must fail the tests. */
const HEADERS = [
  'Indikator',
  'Zeitraum',
  'Stadtteil',
  'Altersgruppe',
  'Wert',
  'Fallzahl',
  'Quelle',
];

/** A CSV file as German Excel saves it ("CSV UTF-8"): BOM, semicolons, CRLF. */
const csvFile = (rows: string[][], header = HEADERS) =>
  Buffer.from(`\uFEFF${[header, ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`);

describe('measurement import and template', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  let coaching: Indicator;
  const base = () => `/api/v1/initiatives/${f.initiativeId}`;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const importFile = (content: Buffer, role: Role = 'coordination', format = 'csv') =>
    t.api.post(`${base()}/measurements/import?format=${format}`, undefined, {
      ...as(role),
      rawBody: content,
      headers: { 'content-type': format === 'csv' ? CSV_TYPE : XLSX_TYPE },
    });
  const template = async (format: 'csv' | 'xlsx', role: Role = 'partner') => {
    const response = await fetch(`${t.baseUrl}${base()}/measurements/template?format=${format}`, {
      headers: { authorization: `Bearer ${f.users[role].token}` },
    });
    return { response, content: Buffer.from(await response.arrayBuffer()) };
  };
  const values = async (indicatorId = f.indicatorId) =>
    (
      await t.api.get<Page<Measurement>>(
        `${base()}/indicators/${indicatorId}/measurements?pageSize=100`,
        as('steering'),
      )
    ).body.items;
  const count = async () =>
    (
      (await t.dataSource.query('SELECT count(*)::int AS n FROM measurements')) as { n: number }[]
    )[0]!.n;

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
    const age = await createDimension(t.api, f.initiativeId, users.coordination, {
      name: 'Altersgruppe',
      values: [{ value: '14–17' }, { value: '18–21' }],
    });
    coaching = await createIndicator(t.api, f.initiativeId, users.coordination, {
      name: 'Teilnehmende am Coaching',
      unit: 'Personen',
      frequency: 'quarterly',
      dimensionIds: [f.dimensionId, age.id],
      visibility: 'partners',
    });
  });

  describe('template', () => {
    it('is a CSV with German headers: Indikator, Zeitraum, one column per dimension, Wert, Fallzahl, Quelle', async () => {
      const { response, content } = await template('csv');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="messwerte-vorlage.csv"',
      );
      expect(content.toString('utf8')).toBe(`\uFEFF${HEADERS.join(';')}\r\n`);
    });

    it('is an XLSX with drop-downs for indicators and dimension values, and notes per indicator', async () => {
      const { response, content } = await template('xlsx');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
      const workbook = new Workbook();
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
        ['Werte', 'visible'],
        ['Hinweise', 'visible'],
        ['Listen', 'hidden'],
      ]);
      const sheet = workbook.getWorksheet('Werte')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
      expect(sheet.getCell('A2').dataValidation).toMatchObject({
        type: 'list',
        formulae: ['Listen!$A$2:$A$3'],
      });
      expect(sheet.getCell('C500').dataValidation).toMatchObject({
        formulae: ['Listen!$B$2:$B$3'],
      });
      expect(sheet.getCell('D2').dataValidation).toMatchObject({
        formulae: ['Listen!$C$2:$C$3'],
      });
      expect(sheet.getCell('B2').numFmt).toBe('@');
      const lists = workbook.getWorksheet('Listen')!;
      expect(lists.getColumn(1).values.slice(1)).toEqual([
        'Indikatoren',
        'Anschlussquote',
        'Teilnehmende am Coaching',
      ]);
      expect(lists.getColumn(3).values.slice(1)).toEqual(['Altersgruppe', '14–17', '18–21']);
      const notes = workbook.getWorksheet('Hinweise')!;
      const rows = notes.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
      expect(rows).toContainEqual([
        'Teilnehmende am Coaching',
        'vierteljährlich',
        'YYYY-Qn, z. B. 2026-Q4',
        'Stadtteil, Altersgruppe',
        'Personen',
      ]);
    });

    it('names only the indicators a member may see', async () => {
      await t.dataSource.query(`UPDATE indicators SET visibility = 'internal' WHERE id = $1`, [
        coaching.id,
      ]);
      const { content } = await template('xlsx', 'observer');
      const workbook = new Workbook();
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      expect(workbook.getWorksheet('Listen')!.getColumn(1).values.slice(1)).toEqual([
        'Indikatoren',
        'Anschlussquote',
      ]);
    });
  });

  describe('import', () => {
    const rows = () => [
      ['Anschlussquote', '2024', '', '', '69,5', '1.204', 'Verbleibsabfrage'],
      ['anschlussquote', '2024', 'Mitte', '', '71', '', ''],
      ['Teilnehmende am Coaching', '2026-q3', 'Nord', '14–17', '12', '12', ''],
    ];

    it("enters coordination's rows approved, with German decimals, cells and cases", async () => {
      const response = await importFile(csvFile(rows()));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ created: 3, updated: 0, unchanged: 0 });
      const quota = await values();
      expect(quota.filter((m) => m.period === '2024')).toEqual([
        expect.objectContaining({
          cell: [],
          value: 69.5,
          cases: 1204,
          sourceNote: 'Verbleibsabfrage',
          status: 'approved',
          enteredBy: { userId: users.coordination.id, displayName: users.coordination.displayName },
        }),
        expect.objectContaining({
          cell: [expect.objectContaining({ dimensionId: f.dimensionId })],
        }),
      ]);
      const [teens] = await values(coaching.id);
      expect(teens).toMatchObject({ period: '2026-Q3', value: 12, cases: 12 });
      expect(teens!.cell.map((c) => c.dimensionId)).toEqual(coaching.dimensionIds);
    });

    it('changes nothing when the same rows are imported again', async () => {
      await importFile(csvFile(rows()));
      const before = [...(await values()), ...(await values(coaching.id))];
      const again = await importFile(csvFile(rows()));
      expect(again.body).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect([...(await values()), ...(await values(coaching.id))]).toEqual(before);
    });

    it('corrects a changed value with the reason "Import", keeping the previous one', async () => {
      await importFile(csvFile(rows()));
      const changed = rows();
      changed[0]![4] = '70,1';
      const response = await importFile(csvFile(changed));
      expect(response.body).toEqual({ created: 0, updated: 1, unchanged: 2 });
      const [total] = (await values()).filter((m) => m.period === '2024' && m.cell.length === 0);
      expect(total).toMatchObject({ value: 70.1, status: 'approved', version: 2 });
      expect(total!.history).toEqual([
        expect.objectContaining({
          value: 69.5,
          action: 'corrected',
          reason: 'Import',
          changedBy: { userId: users.coordination.id, displayName: users.coordination.displayName },
        }),
      ]);
    });

    it('writes nothing from a file with bad rows, and reports every error with its row', async () => {
      const before = await count();
      const response = await importFile(
        csvFile([
          ['Anschlussquote', '2023', '', '', '70', '', ''],
          ['Abbrecherquote', '2023', '', '', '5', '', ''],
          ['Anschlussquote', '2023-Q1', '', '', 'siebzig', '', ''],
          ['Anschlussquote', '2022', 'Süd', '14–17', '70', '-2', ''],
          ['ANSCHLUSSQUOTE', '2023', '', '', '71', '', ''],
        ]),
      );
      expectProblem(response, 400, PROBLEM_TYPES.importInvalid);
      expect(response.body.detail).toMatch(/7 errors in 4 rows; nothing was imported/);
      expect(
        response.body.errors.map((e: { row: number; field: string; code: string }) => [
          e.row,
          e.field,
          e.code,
        ]),
      ).toEqual([
        [3, 'Indikator', 'unknown_indicator'],
        [4, 'Zeitraum', 'period_mismatch'],
        [4, 'Wert', 'invalid_number'],
        [5, 'Stadtteil', 'unknown_value'],
        [5, 'Altersgruppe', 'dimension_not_used'],
        [5, 'Fallzahl', 'invalid_cases'],
        [6, 'Indikator', 'duplicate'],
      ]);
      expect(await count()).toBe(before);
    });

    it("takes a steward's rows of their own indicators only, for review", async () => {
      const before = await count();
      const refused = await importFile(
        csvFile([
          ['Anschlussquote', '2023', '', '', '70', '', ''],
          ['Teilnehmende am Coaching', '2026-Q3', '', '', '12', '', ''],
        ]),
        'working_group',
      );
      expectProblem(refused, 400, PROBLEM_TYPES.importInvalid);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ row: 3, field: 'Indikator', code: 'forbidden' }),
      ]);
      expect(await count()).toBe(before);

      const accepted = await importFile(
        csvFile([
          ['Anschlussquote', '2023', '', '', '70', '', ''],
          ['Anschlussquote', '2025', '', '', '71,9', '600', ''],
        ]),
        'working_group',
      );
      expect(accepted.body).toEqual({ created: 1, updated: 1, unchanged: 0 });
      const quota = await values();
      expect(quota.find((m) => m.period === '2023')).toMatchObject({ status: 'submitted' });
      expect(quota.find((m) => m.id === f.measurementId)).toMatchObject({
        value: 71.9,
        status: 'submitted',
        history: [expect.objectContaining({ status: 'approved', reason: 'Import' })],
      });
    });

    it('refuses members who steward no indicator, and observers, with 403', async () => {
      const file = csvFile([['Anschlussquote', '2023', '', '', '70', '', '']]);
      expectProblem(await importFile(file, 'steering'), 403, PROBLEM_TYPES.forbidden);
      expectProblem(await importFile(file, 'partner'), 403);
      expectProblem(await importFile(file, 'observer'), 403);
    });

    it('reads XLSX: numbers as numbers, periods as text or numbers, the template filled in', async () => {
      const { content } = await template('xlsx', 'coordination');
      const workbook = new Workbook();
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Werte')!;
      sheet.getRow(2).values = ['Anschlussquote', 2023, '', '', 70.25, 612, 'Schulstatistik'];
      sheet.getRow(3).values = ['Teilnehmende am Coaching', '2026-Q2', 'Mitte', '18–21', 7];
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      const response = await importFile(file, 'coordination', 'xlsx');
      expect(response.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect((await values()).find((m) => m.period === '2023')).toMatchObject({
        value: 70.25,
        cases: 612,
        sourceNote: 'Schulstatistik',
      });
      expect((await importFile(file, 'coordination', 'xlsx')).body).toEqual({
        created: 0,
        updated: 0,
        unchanged: 2,
      });
    });

    it('reads CSV with commas in Windows-1252, and columns in any order without the dimensions', async () => {
      const text =
        'Quelle,Wert,Fallzahl,Zeitraum,Indikator\r\nBüro,"12,5",,2022,Anschlussquote\r\n';
      const response = await importFile(Buffer.from(text, 'latin1'));
      expect(response.body).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect((await values()).find((m) => m.period === '2022')).toMatchObject({
        value: 12.5,
        sourceNote: 'Büro',
      });
    });

    it('refuses empty files, files of another format and other content types', async () => {
      expectProblem(await importFile(Buffer.from('\uFEFF\r\n')), 400, PROBLEM_TYPES.importInvalid);
      expectProblem(
        await importFile(csvFile([]), 'coordination', 'xlsx'),
        400,
        PROBLEM_TYPES.importInvalid,
      );
      expectProblem(
        await t.api.post(`${base()}/measurements/import?format=csv`, { rows: [] }, as()),
        415,
      );
      expectProblem(
        await t.api.post(`${base()}/measurements/import?format=pdf`, undefined, {
          ...as(),
          rawBody: csvFile([]),
          headers: { 'content-type': CSV_TYPE },
        }),
        400,
        PROBLEM_TYPES.validation,
      );
    });
  });
});
