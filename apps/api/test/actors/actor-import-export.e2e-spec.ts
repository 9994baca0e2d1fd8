import { Workbook } from 'exceljs';
import { type Actor, type Page, PROBLEM_TYPES } from '@gw/shared/contracts';
import {
  ACTOR_TABLE_HEADERS,
  actorRow,
  CSV_TYPE,
  csvFile,
  XLSX_TYPE,
} from '../support/actor-table';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { createActor } from '../support/phase-one';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('actor table import and export', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let partner: TestUser;
  let initiativeId: string;
  const base = () => `/api/v1/initiatives/${initiativeId}/actors`;

  const exportFile = async (format: 'csv' | 'xlsx') => {
    const response = await fetch(`${t.baseUrl}${base()}/export?format=${format}`, {
      // Coordination: the whole table, contacts included (others get it without; privacy spec).
      headers: { authorization: `Bearer ${coordinator.token}` },
    });
    return { response, content: Buffer.from(await response.arrayBuffer()) };
  };
  const importFile = (content: Buffer, format: 'csv' | 'xlsx' = 'csv', contentType?: string) =>
    t.api.post(`${base()}/import?format=${format}`, undefined, {
      token: coordinator.token,
      rawBody: content,
      headers: { 'content-type': contentType ?? (format === 'csv' ? CSV_TYPE : XLSX_TYPE) },
    });
  const actors = async () =>
    (await t.api.get<Page<Actor>>(`${base()}?pageSize=100`, { token: coordinator.token })).body
      .items;

  /** A realistic table: several contacts, separators, quotes, line breaks, a formula-like phone. */
  const seedActors = async () => {
    const jmd = await createActor(t.api, initiativeId, coordinator, {
      name: 'Jugendmigrationsdienst (Caritas)',
      area: 'migration_integration',
      kind: 'independent_provider',
      contacts: [
        {
          name: 'Aylin Demir',
          function: 'Leitung',
          email: 'a.demir@caritas.de',
          phone: '+49 2331 1234',
        },
        { name: 'Ben Roth', function: '', email: 'b.roth@caritas.de', phone: '' },
      ],
      existingCooperation: true,
      plannedCoreGroup: true,
      contributions: 'Beratung; Begleitung\n"Sprachcafé" jeden Freitag',
      website: 'https://www.caritas-auenstadt.de',
      isPartner: true,
    });
    await t.api.post(
      `${base()}/${jmd.id}/representatives`,
      { userId: partner.id },
      {
        token: coordinator.token,
      },
    );
    await createActor(t.api, initiativeId, coordinator, {
      name: 'Ärztekammer',
      area: 'other',
      kind: 'association',
      resources: '=SUMME(A1:A3)',
      extendedForums: true,
    });
    await createActor(t.api, initiativeId, coordinator, {
      name: 'Jobcenter Auenstadt',
      area: 'work_economy',
      kind: 'administration',
      contacts: [
        { name: 'Martina Schulz', function: 'Teamleitung U25', email: '', phone: '02331 555' },
      ],
    });
  };

  beforeAll(async () => {
    t = await startTestApp();
    partner = await createUser(t.api, { displayName: 'Aylin Demir' });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    initiativeId = (await createInitiative(t.api, coordinator)).id;
    await addMember(t.dataSource, initiativeId, partner, 'partner');
  });

  describe('export', () => {
    it('writes CSV for German Excel: BOM, semicolons, German headers and labels, one row per actor', async () => {
      await seedActors();
      const { response, content } = await exportFile('csv');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="akteurstabelle-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const text = content.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.slice(1).split('\r\n');
      expect(lines[0]).toBe(ACTOR_TABLE_HEADERS.join(';'));
      expect(lines[1]).toBe(
        "Ärztekammer;Sonstige;Verein/Initiative;;;;;nein;nein;ja;;'=SUMME(A1:A3);;nein",
      );
      expect(text).toContain(
        'Jugendmigrationsdienst (Caritas);Migration und Integration;freier Träger;"Aylin Demir\nBen Roth";"Leitung\n";"a.demir@caritas.de\nb.roth@caritas.de";"\'+49 2331 1234\n";ja;ja;nein;"Beratung; Begleitung\n""Sprachcafé"" jeden Freitag";;https://www.caritas-auenstadt.de;ja',
      );
    });

    it('writes XLSX with the same columns, as text cells', async () => {
      await seedActors();
      const { response, content } = await exportFile('xlsx');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
      expect(response.headers.get('content-disposition')).toMatch(
        /filename="akteurstabelle-.*\.xlsx"/,
      );
      const workbook = new Workbook();
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.name).toBe('Akteure');
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ACTOR_TABLE_HEADERS);
      expect((sheet.getRow(2).values as unknown[]).slice(1, 3)).toEqual([
        'Ärztekammer',
        'Sonstige',
      ]);
      expect(sheet.getRow(2).getCell(12).value).toBe('=SUMME(A1:A3)');
      expect(sheet.getRow(4).getCell(4).value).toBe('Aylin Demir\nBen Roth');
    });

    it('refuses an unknown format', async () => {
      const response = await t.api.get(`${base()}/export?format=pdf`, { token: partner.token });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
    });
  });

  describe('round trip', () => {
    it.each(['csv', 'xlsx'] as const)(
      'changes nothing when a %s export is imported again',
      async (format) => {
        await seedActors();
        const before = await actors();
        const { content } = await exportFile(format);
        const response = await importFile(content, format);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ created: 0, updated: 0, unchanged: 3 });
        expect(await actors()).toEqual(before);
      },
    );

    it('rebuilds the table in another initiative from an export', async () => {
      await seedActors();
      const { content } = await exportFile('xlsx');
      const source = await actors();
      initiativeId = (await createInitiative(t.api, coordinator)).id;
      expect((await importFile(content, 'xlsx')).body).toEqual({
        created: 3,
        updated: 0,
        unchanged: 0,
      });
      // What the table carries: everything but ids, versions, times and representatives.
      const strip = ({
        id: _id,
        version: _version,
        createdAt: _createdAt,
        updatedAt: _updatedAt,
        representatives: _representatives,
        ...rest
      }: Actor) => rest;
      expect((await actors()).map(strip)).toEqual(source.map(strip));
    });
  });

  describe('import', () => {
    it('creates new actors and updates the ones it matches by name, regardless of case', async () => {
      await seedActors();
      const [jobcenter] = (await actors()).filter((a) => a.name === 'Jobcenter Auenstadt');
      const file = csvFile([
        actorRow({
          Institution: 'JOBCENTER AUENSTADT',
          Bereich: 'Arbeit und Wirtschaft',
          Partner: 'x',
        }),
        actorRow({
          Institution: 'Kreishandwerkerschaft',
          Bereich: 'arbeit und wirtschaft',
          Art: 'Verein/Initiative',
          Ansprechperson: 'Klaus Richter\nEva Lang',
          'E-Mail': '\ne.lang@handwerk.de',
          'Bestehende Kooperation': 'true',
          'Geplantes Mitglied der Kerngruppe': 'X',
          'Mitglied erweiterter Foren': 'false',
          Partner: 'JA',
        }),
      ]);
      const response = await importFile(file);
      expect(response.body).toEqual({ created: 1, updated: 1, unchanged: 0 });
      const after = await actors();
      expect(after).toHaveLength(4);
      const updated = after.find((a) => a.id === jobcenter!.id)!;
      expect(updated).toMatchObject({
        name: 'JOBCENTER AUENSTADT',
        area: 'work_economy',
        kind: 'administration',
        isPartner: true,
        contacts: [
          {
            name: 'Petra Buch',
            function: 'Leitung',
            email: 'p.buch@teststadt.de',
            phone: '0231 123',
          },
        ],
        version: 2,
      });
      expect(after.find((a) => a.name === 'Kreishandwerkerschaft')).toMatchObject({
        area: 'work_economy',
        kind: 'association',
        contacts: [
          { name: 'Klaus Richter', function: 'Leitung', email: '', phone: '0231 123' },
          { name: 'Eva Lang', function: '', email: 'e.lang@handwerk.de', phone: '' },
        ],
        existingCooperation: true,
        plannedCoreGroup: true,
        extendedForums: false,
        isPartner: true,
      });
    });

    it('reports every error of every row with its row number and writes nothing', async () => {
      await seedActors();
      const before = await actors();
      const file = csvFile([
        actorRow({ Institution: 'Jobcenter Auenstadt', Partner: 'ja' }),
        actorRow({ Institution: '', Bereich: 'Kultur' }),
        actorRow({ Institution: 'Stadtbibliothek', 'E-Mail': 'keine-adresse' }),
        actorRow({ Institution: 'Volkshochschule', Website: 'www.vhs.de', Partner: 'vielleicht' }),
      ]);
      const response = await importFile(file);
      expectProblem(response, 400, PROBLEM_TYPES.importInvalid);
      expect(response.body.detail).toContain('5 errors in 3 rows');
      expect(response.body.errors).toEqual([
        {
          row: 3,
          field: 'Bereich',
          code: 'invalid_choice',
          message: expect.stringContaining('Kultur'),
        },
        {
          row: 3,
          field: 'Institution',
          code: 'required',
          message: 'Institution must not be empty.',
        },
        { row: 4, field: 'E-Mail', code: 'invalid_email', message: expect.any(String) },
        { row: 5, field: 'Partner', code: 'invalid_boolean', message: expect.any(String) },
        { row: 5, field: 'Website', code: 'invalid_url', message: expect.any(String) },
      ]);
      expect(await actors()).toEqual(before);
    });

    it('reports names that appear twice in the file', async () => {
      const response = await importFile(
        csvFile([
          actorRow({ Institution: 'AWO' }),
          actorRow({ Institution: 'Jobcenter' }),
          actorRow({ Institution: 'awo' }),
        ]),
      );
      expectProblem(response, 400, PROBLEM_TYPES.importInvalid);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ row: 4, field: 'Institution', code: 'duplicate' }),
      ]);
      expect(await actors()).toEqual([]);
    });

    it('refuses wrong headers with a clear message', async () => {
      const file = Buffer.from('Name;Telefon;Notizen\r\nAWO;123;x\r\n');
      const response = await importFile(file);
      expectProblem(response, 400, PROBLEM_TYPES.importInvalid);
      const codes = response.body.errors.map(
        (e: { field: string; code: string }) => `${e.field}:${e.code}`,
      );
      expect(codes).toContain('Name:unknown_column');
      expect(codes).toContain('Institution:missing_column');
      expect(codes).not.toContain('Telefon:missing_column');
      expect(response.body.errors[0].message).toContain(
        'Expected the columns: Institution; Bereich',
      );
    });

    it('accepts a header-only table and refuses an empty file', async () => {
      expect((await importFile(csvFile([]))).body).toEqual({
        created: 0,
        updated: 0,
        unchanged: 0,
      });
      for (const empty of [Buffer.alloc(0), Buffer.from('\uFEFF\r\n\r\n')]) {
        const response = await importFile(empty);
        expectProblem(response, 400, PROBLEM_TYPES.importInvalid);
        expect(response.body.detail).toContain('empty');
      }
    });

    it('refuses files that are not CSV or XLSX', async () => {
      const { content: xlsx } = await exportFile('xlsx');
      const asCsv = await importFile(xlsx, 'csv');
      expectProblem(asCsv, 400, PROBLEM_TYPES.importInvalid);
      expect(asCsv.body.detail).toContain('format=xlsx');

      const binary = await importFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'csv');
      expectProblem(binary, 400, PROBLEM_TYPES.importInvalid);

      const notXlsx = await importFile(csvFile([actorRow()]), 'xlsx');
      expectProblem(notXlsx, 400, PROBLEM_TYPES.importInvalid);
      expect(notXlsx.body.detail).toContain('not an XLSX workbook');

      const brokenZip = await importFile(
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]),
        'xlsx',
      );
      expectProblem(brokenZip, 400, PROBLEM_TYPES.importInvalid);
    });

    it('reads CSV saved by older Excel versions in Windows-1252, with commas or semicolons', async () => {
      const header = ACTOR_TABLE_HEADERS.join(';');
      const row = actorRow({
        Institution: 'Schulverwaltungsamt Auenstadt',
        Bereich: 'Bildung',
        Art: 'Verwaltung',
      }).join(';');
      const latin1 = Buffer.from(`${header}\r\n${row}\r\n`, 'latin1');
      expect((await importFile(latin1)).body).toEqual({ created: 1, updated: 0, unchanged: 0 });
      const commas = Buffer.from(
        `${ACTOR_TABLE_HEADERS.join(',')}\n${actorRow({
          Institution: 'Berufskolleg',
          'Mögliche Beiträge': 'a; b',
        })
          .map((c) => (c.includes(',') ? `"${c}"` : c))
          .join(',')}\n`,
      );
      expect((await importFile(commas)).body).toEqual({ created: 1, updated: 0, unchanged: 0 });
      const names = (await actors()).map((a) => a.name);
      expect(names).toEqual(['Berufskolleg', 'Schulverwaltungsamt Auenstadt']);
    });

    it('takes the file only as CSV or XLSX body, up to 5 MB', async () => {
      const json = await t.api.post(
        `${base()}/import?format=csv`,
        { rows: [] },
        { token: coordinator.token },
      );
      expectProblem(json, 415, PROBLEM_TYPES.unsupportedMediaType);
      const plain = await importFile(csvFile([actorRow()]), 'csv', 'text/plain');
      expectProblem(plain, 415);
      const big = await importFile(Buffer.alloc(5 * 1024 * 1024 + 10, 'a'));
      expectProblem(big, 413);
      const noFormat = await t.api.post(`${base()}/import`, undefined, {
        token: coordinator.token,
        rawBody: csvFile([actorRow()]),
        headers: { 'content-type': CSV_TYPE },
      });
      expectProblem(noFormat, 400, PROBLEM_TYPES.validation);
      expect(await actors()).toEqual([]);
    });

    it('keeps every other endpoint JSON-only', async () => {
      const response = await t.api.post(base(), undefined, {
        token: coordinator.token,
        rawBody: csvFile([actorRow()]),
        headers: { 'content-type': CSV_TYPE },
      });
      expectProblem(response, 415, PROBLEM_TYPES.unsupportedMediaType);
      const xlsx = await t.api.request('PATCH', `/api/v1/initiatives/${initiativeId}`, undefined, {
        token: coordinator.token,
        rawBody: Buffer.from('PK'),
        headers: { 'content-type': XLSX_TYPE },
      });
      expectProblem(xlsx, 415);
    });

    it('lets only coordination import', async () => {
      const response = await t.api.post(`${base()}/import?format=csv`, undefined, {
        token: partner.token,
        rawBody: csvFile([actorRow()]),
        headers: { 'content-type': CSV_TYPE },
      });
      expectProblem(response, 403);
      expect(await actors()).toEqual([]);
    });
  });
});
