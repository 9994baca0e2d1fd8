import { Workbook } from 'exceljs';
import type { ProblemException } from '../problem/problem.exception';
import { ImportErrors, readTable } from './table-reader';

const refusal = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as ProblemException | null;
  if (!error) throw new Error('expected the file to be refused');
  return { status: error.getStatus(), detail: error.message, errors: error.errors };
};

const xlsx = async (rows: (string | number)[][]) => {
  const workbook = new Workbook();
  workbook.addWorksheet('Werte').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

describe('readTable', () => {
  it('keeps the non-blank rows with the row numbers a spreadsheet shows', async () => {
    const csv = Buffer.from("\uFEFFa;b\r\n\r\n;\r\n'=1;2\r\n");
    expect(await readTable('csv', csv, 10)).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 4, cells: ['=1', '2'] },
    ]);
    expect(await readTable('xlsx', await xlsx([['a', 'b'], [], [1, 'x']]), 10)).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 3, cells: ['1', 'x'] },
    ]);
  });

  it('refuses more rows than the import takes, blank ones not counted', async () => {
    const csv = (rows: number) => Buffer.from(`h\n\n${'x\n'.repeat(rows)}`);
    expect(await readTable('csv', csv(3), 3)).toHaveLength(4);
    expect(await refusal(readTable('csv', csv(4), 3))).toEqual({
      status: 400,
      detail: expect.stringContaining('more than 3 rows below the header'),
      errors: [expect.objectContaining({ row: 6, code: 'too_many_rows' })],
    });
    const sheet = await xlsx([['h'], ...Array.from({ length: 4 }, () => ['x'])]);
    expect((await refusal(readTable('xlsx', sheet, 3))).errors).toEqual([
      expect.objectContaining({ row: 5, code: 'too_many_rows' }),
    ]);
  });

  it('refuses a sheet wider than 50 columns or with a cell beyond column 50', async () => {
    const wide = await xlsx([Array.from({ length: 51 }, (_, i) => `c${i}`)]);
    expect((await refusal(readTable('xlsx', wide, 10))).detail).toContain('at most 50 columns');
    const far = new Workbook();
    far.addWorksheet('Werte').getCell('BA1').value = 'x';
    const farFile = Buffer.from(await far.xlsx.writeBuffer());
    expect((await refusal(readTable('xlsx', farFile, 10))).errors).toEqual([
      expect.objectContaining({ row: 1, code: 'too_many_columns' }),
    ]);
  });
});

describe('ImportErrors', () => {
  it('counts every error and every row but keeps only the first 100', () => {
    const errors = new ImportErrors();
    for (let row = 2; row < 252; row++) {
      errors.add([
        { row, field: 'Wert', message: 'bad' },
        { row, field: 'Zeitraum', message: 'bad' },
      ]);
    }
    expect(errors.count).toBe(500);
    expect(errors.list).toHaveLength(100);
    const problem = errors.problem();
    expect(problem.errorCount).toBe(500);
    expect(problem.errors).toHaveLength(100);
    expect(problem.message).toContain('500 errors in 250 rows');
    expect(problem.message).toContain('The first 100 are listed.');
  });
});
