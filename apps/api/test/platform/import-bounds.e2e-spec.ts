import { crc32, deflateRawSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PROBLEM_TYPES, type ProblemDetails } from '@gw/shared/contracts';
import type { ApiResponse } from '../support/api-client';
import {
  ACTOR_TABLE_HEADERS,
  actorRow,
  CSV_TYPE,
  csvFile,
  XLSX_TYPE,
} from '../support/actor-table';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/** The partner's file of the issue: 2 MB, a header of one million `;x` columns. */
const wideCsv = (first: string) => Buffer.from(`\uFEFF${first}${';x'.repeat(1_000_000)}\r\n`);

const MEASUREMENT_HEADERS = ['Indikator', 'Zeitraum', 'Stadtteil', 'Wert', 'Fallzahl', 'Quelle'];

/** 4,000 rows naming an indicator the initiative does not have: one error each. */
const badMeasurements = () =>
  Buffer.from(
    `\uFEFF${[
      MEASUREMENT_HEADERS,
      ...Array.from({ length: 4000 }, (_, i) => [`Unbekannt ${i}`, '2026', '', '1', '', '']),
    ]
      .map((row) => row.join(';'))
      .join('\r\n')}\r\n`,
  );

/** A ZIP archive of the given files, deflated, as an XLSX upload is. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const content = Buffer.from(text);
    const packed = deflateRawSync(content, { level: 9 });
    const header = (size: number) => Buffer.alloc(size);
    const local = header(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(Buffer.byteLength(name), 26);
    const central = header(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(Buffer.byteLength(name), 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), packed);
    centrals.push(central, Buffer.from(name));
    offset += 30 + Buffer.byteLength(name) + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A workbook whose one sheet holds `cells` cells of `cell` (one row per 50). */
function workbook(cells: number, cell: string): Buffer {
  const row = `<row>${cell.repeat(50)}</row>`;
  return zip({
    '[Content_Types].xml':
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml':
      '<workbook><sheets><sheet name="Werte" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${row.repeat(cells / 50)}</sheetData></worksheet>`,
  });
}

/** The garbage collector, exposed for this process even when jest runs without --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const bytes = (response: ApiResponse) => Buffer.byteLength(JSON.stringify(response.body));

describe('imports within a fixed memory bound', () => {
  let t: TestApp;
  let f: InitiativeFixture;
  const upload = async (what: 'actors' | 'measurements', content: Buffer, format = 'csv') => {
    const path = what === 'actors' ? 'actors/import' : 'measurements/import';
    const started = Date.now();
    const response = await t.api.post<ProblemDetails>(
      `/api/v1/initiatives/${f.initiativeId}/${path}?format=${format}`,
      undefined,
      {
        token: f.users.coordination.token,
        rawBody: content,
        headers: { 'content-type': format === 'csv' ? CSV_TYPE : XLSX_TYPE },
      },
    );
    return { response, ms: Date.now() - started };
  };

  beforeAll(async () => {
    t = await startTestApp();
    f = await createInitiativeFixture(t, await createUsersPerRole(t));
  });
  afterAll(() => t.close());

  it.each([
    ['actors', 'Institution'],
    ['measurements', 'Indikator'],
  ] as const)(
    'answers the 2 MB CSV of a million header columns on the %s import at once, briefly, naming the limit',
    async (what, first) => {
      const file = wideCsv(first);
      expect(file.length).toBeGreaterThan(2_000_000);
      const { response, ms } = await upload(what, file);
      expectProblem(response, 400, PROBLEM_TYPES.importInvalid);
      expect(response.body.detail).toContain('Row 1 has more than 50 columns');
      expect(response.body.errors).toEqual([
        expect.objectContaining({ row: 1, code: 'too_many_columns' }),
      ]);
      expect(ms).toBeLessThan(2000);
      expect(bytes(response)).toBeLessThan(20_000);
    },
  );

  it('lists the first 100 errors of thousands and counts them all', async () => {
    const { response } = await upload('measurements', badMeasurements());
    expectProblem(response, 400, PROBLEM_TYPES.importInvalid);
    expect(response.body.errorCount).toBe(4000);
    expect(response.body.errors).toHaveLength(100);
    expect(response.body.errors?.[99]).toMatchObject({ row: 101, code: 'unknown_indicator' });
    expect(response.body.detail).toContain('4000 errors in 4000 rows');
    expect(response.body.detail).toContain('The first 100 are listed.');
    expect(bytes(response)).toBeLessThan(20_000);

    // Each of these actor rows has three errors: an unknown area, kind and flag.
    const rows = Array.from({ length: 2000 }, (_, i) =>
      actorRow({ Institution: `Träger ${i}`, Bereich: 'x', Art: 'y', Partner: 'vielleicht' }),
    );
    const actors = (await upload('actors', csvFile(rows))).response;
    expect(actors.body.errorCount).toBe(6000);
    expect(actors.body.errors).toHaveLength(100);
    expect(bytes(actors)).toBeLessThan(40_000);
  });

  it('still lists every error of a file with few, with their total', async () => {
    const file = csvFile([actorRow({ Bereich: 'x' }), actorRow({ Institution: '' })]);
    const { response } = await upload('actors', file);
    expect(response.body.errorCount).toBe(2);
    expect(response.body.errors).toHaveLength(2);
    expect(ACTOR_TABLE_HEADERS).toContain(response.body.errors?.[0]?.field);
  });

  it('refuses an XLSX zip bomb quickly, before unpacking it', async () => {
    // 60 MB of sheet XML, packed into well under 1 MB.
    const bomb = workbook(1_200_000, '<c t="inlineStr"><is><t>xxxxxxxxxxxxxxxxxx</t></is></c>');
    expect(bomb.length).toBeLessThan(1_000_000);
    const { response, ms } = await upload('measurements', bomb, 'xlsx');
    expectProblem(response, 400, PROBLEM_TYPES.importInvalid);
    expect(response.body.detail).toContain('unpacks to more than 10 MB');
    expect(ms).toBeLessThan(2000);

    // 4 MB of XML, but 200,000 cells: exceljs would take hundreds of MB for them.
    const cells = workbook(200_000, '<c><v>1</v></c>');
    const crowded = (await upload('actors', cells, 'xlsx')).response;
    expectProblem(crowded, 400, PROBLEM_TYPES.importInvalid);
    expect(crowded.body.detail).toContain('more than 100000 cells');
  });

  it('keeps the heap within 100 MB while handling three of each such upload in parallel', async () => {
    const gc = collector();
    const files = [wideCsv('Indikator'), badMeasurements()];
    const bomb = workbook(1_200_000, '<c t="inlineStr"><is><t>xxxxxxxxxxxxxxxxxx</t></is></c>');
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 2);
    const responses = await Promise.all(
      [1, 2, 3].flatMap(() => [
        upload('measurements', files[0]!),
        upload('actors', wideCsv('Institution')),
        upload('measurements', files[1]!),
        upload('measurements', bomb, 'xlsx'),
      ]),
    );
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    expect(responses.map(({ response }) => response.status)).toEqual(Array(12).fill(400));
    expect((peak - baseline) / 1024 / 1024).toBeLessThan(100);
  });
});
