import type { TableRecord } from '../../../common/upload/table-reader';
import {
  readMeasurementTable,
  type TableDimension,
  type TableIndicator,
} from './read-measurement-table';

const district: TableDimension = {
  id: 'dim-district',
  name: 'Stadtteil',
  values: [
    { id: 'v-mitte', value: 'Mitte' },
    { id: 'v-nord', value: 'Nord' },
  ],
};
const age: TableDimension = {
  id: 'dim-age',
  name: 'Altersgruppe',
  values: [{ id: 'v-teens', value: '14–17' }],
};
const quota: TableIndicator = {
  id: 'ind-quota',
  name: 'Anschlussquote',
  frequency: 'yearly',
  dimensionIds: ['dim-district'],
  mayEnter: true,
};
const coaching: TableIndicator = {
  id: 'ind-coaching',
  name: 'Teilnehmende am Coaching',
  frequency: 'quarterly',
  dimensionIds: ['dim-district', 'dim-age'],
  mayEnter: true,
};
const foreign: TableIndicator = {
  id: 'ind-foreign',
  name: 'Abbrüche',
  frequency: 'half_yearly',
  dimensionIds: [],
  mayEnter: false,
};
const context = { indicators: [quota, coaching, foreign], dimensions: [district, age] };
const HEADER = ['Indikator', 'Zeitraum', 'Stadtteil', 'Altersgruppe', 'Wert', 'Fallzahl', 'Quelle'];

const records = (...rows: string[][]): TableRecord[] =>
  [HEADER, ...rows].map((cells, index) => ({ row: index + 1, cells }));

describe('readMeasurementTable', () => {
  it('reads totals and cells, German decimals, cases and sources', () => {
    const {
      rows,
      errors: { list: errors },
    } = readMeasurementTable(
      records(
        ['anschlussquote', '2026', '', '', '71,5', '1.234', 'Verbleibsabfrage'],
        ['Anschlussquote', '2026', 'MITTE', '', '68', '', ''],
        ['Teilnehmende am Coaching', '2026-q4', 'Nord', '14–17', '12', '12', ''],
      ),
      context,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        indicatorId: 'ind-quota',
        period: { key: '2026', start: '2026-01-01', end: '2026-12-31' },
        cell: { key: '', valueIds: [] },
        value: 71.5,
        cases: 1234,
        sourceNote: 'Verbleibsabfrage',
      },
      expect.objectContaining({
        row: 3,
        cell: { key: 'dim-district:v-mitte', valueIds: ['v-mitte'] },
        value: 68,
        cases: null,
      }),
      expect.objectContaining({
        row: 4,
        indicatorId: 'ind-coaching',
        period: { key: '2026-Q4', start: '2026-10-01', end: '2026-12-31' },
        cell: { key: 'dim-age:v-teens;dim-district:v-nord', valueIds: ['v-nord', 'v-teens'] },
      }),
    ]);
  });

  it('reports every error of every row with its row number, column and code', () => {
    const {
      errors: { list: errors },
    } = readMeasurementTable(
      records(
        ['Unbekannt', '2026', '', '', '1', '', ''],
        ['Anschlussquote', '2026-Q1', 'Süd', '14–17', 'viel', '-3', ''],
        ['Abbrüche', '2026-H1', '', '', '4', '', ''],
        ['', '', '', '', '', '', 'x'.repeat(1001)],
      ),
      context,
    );
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'Indikator', 'unknown_indicator'],
      [3, 'Zeitraum', 'period_mismatch'],
      [3, 'Stadtteil', 'unknown_value'],
      [3, 'Altersgruppe', 'dimension_not_used'],
      [3, 'Wert', 'invalid_number'],
      [3, 'Fallzahl', 'invalid_cases'],
      [4, 'Indikator', 'forbidden'],
      [5, 'Indikator', 'required'],
      [5, 'Zeitraum', 'required'],
      [5, 'Wert', 'required'],
      [5, 'Quelle', 'too_long'],
    ]);
    expect(errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('reports a value named twice, pointing at the first row', () => {
    const {
      errors: { list: errors },
    } = readMeasurementTable(
      records(
        ['Anschlussquote', '2026', 'Mitte', '', '1', '', ''],
        ['Teilnehmende am Coaching', '2026-Q1', '', '', '1', '', ''],
        ['ANSCHLUSSQUOTE', '2026', 'mitte', '', '2', '', ''],
      ),
      context,
    );
    expect(errors).toEqual([
      {
        row: 4,
        field: 'Indikator',
        code: 'duplicate',
        message: 'This row names the same indicator, period and cell as row 2.',
      },
    ]);
  });

  it('finds the columns in any order and case, skips empty rows, and lets dimension columns out', () => {
    const header = ['wert', 'ZEITRAUM', 'Indikator', 'Quelle', 'Fallzahl'];
    const {
      rows,
      errors: { list: errors },
    } = readMeasurementTable(
      [
        { row: 1, cells: header },
        { row: 2, cells: ['', '', '', '', ''] },
        { row: 3, cells: ['3,5', '2025', 'Anschlussquote', '', '7'] },
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ row: 3, value: 3.5, cases: 7 })]);
  });

  it('names missing, unknown and doubled columns', () => {
    const {
      errors: { list: errors },
    } = readMeasurementTable(
      [{ row: 1, cells: ['Indikator', 'Zeitraum', 'Bezirk', 'Wert', 'Wert', 'Quelle'] }],
      context,
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['Bezirk', 'unknown_column'],
      ['Wert', 'duplicate_column'],
      ['Fallzahl', 'missing_column'],
    ]);
  });
});
