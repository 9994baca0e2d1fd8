import {
  type Cell,
  type CollectionFrequency,
  type FieldError,
  MEASUREMENT_LIMITS as LIMITS,
} from '@gw/shared/contracts';
import type { CollectionPeriod } from '../../indicators/collection-period';
import { clip, ImportErrors, quoted, type TableRecord } from '../../../common/upload/table-reader';
import { type CanonicalCell, canonicalOf } from '../measurement-cell';
import { readPeriod } from '../measurement-period';
import {
  type FixedColumn,
  HEADERS,
  normalize,
  type TableColumn,
  tableColumns,
} from './measurement-table';
import { parseCount, parseDecimal } from './numbers';

export interface TableIndicator {
  id: string;
  name: string;
  frequency: CollectionFrequency;
  dimensionIds: readonly string[];
  /** Whether the importing member may enter its values (coordination, or one of its stewards). */
  mayEnter: boolean;
}

export interface TableDimension {
  id: string;
  name: string;
  values: readonly { id: string; value: string }[];
}

/** One valid row of an uploaded measurement table. */
export interface MeasurementTableRow {
  row: number;
  indicatorId: string;
  period: CollectionPeriod;
  cell: CanonicalCell;
  value: number;
  cases: number | null;
  sourceNote: string;
}

/** Rows of values an import takes below the header (the reader refuses more). */
export const IMPORT_MAX_ROWS = 4000;

/**
 * Reads the rows of an uploaded measurement table, checking every row: the indicator (by name,
 * regardless of case) and the caller's right to enter its values, the period against the
 * indicator's frequency, each dimension cell against the dimension's values and the indicator's
 * dimensions, the value (German decimal commas welcome), the cases, the source, and rows that
 * name the same value twice. Counts every error with its row; rows are usable only without any.
 */
export function readMeasurementTable(
  records: readonly TableRecord[],
  context: { indicators: readonly TableIndicator[]; dimensions: readonly TableDimension[] },
): { rows: MeasurementTableRow[]; errors: ImportErrors } {
  const errors = new ImportErrors();
  const [header, ...body] = records.filter((record, index) => index === 0 || !isBlank(record));
  if (!header) return { rows: [], errors };
  const { columns, errors: headerErrors } = readHeader(header, tableColumns(context.dimensions));
  errors.add(headerErrors);
  if (errors.count > 0) return { rows: [], errors };
  const lookup = new Lookup(context.indicators, context.dimensions);
  const rows: MeasurementTableRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const record of body) {
    const text = (column: TableColumn) => (record.cells[columns.get(column) ?? -1] ?? '').trim();
    const read = readRow(record.row, text, [...columns.keys()], lookup);
    errors.add(read.errors);
    if (!read.row) continue;
    const key = `${read.row.indicatorId}|${read.row.period.key}|${read.row.cell.key}`;
    const first = firstRowOf.get(key);
    if (first === undefined) {
      firstRowOf.set(key, record.row);
      rows.push(read.row);
    } else {
      errors.add([
        {
          row: record.row,
          field: HEADERS.indicator,
          code: 'duplicate',
          message: `This row names the same indicator, period and cell as row ${first}.`,
        },
      ]);
    }
  }
  return { rows, errors };
}

function isBlank(record: TableRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

/** Finds each column by its header in any order; the dimension columns may be left out. */
function readHeader(
  header: TableRecord,
  expected: TableColumn[],
): { columns: Map<TableColumn, number>; errors: FieldError[] } {
  const columns = new Map<TableColumn, number>();
  const errors: FieldError[] = [];
  const error = (field: string, code: string, message: string) =>
    errors.push({ row: header.row, field, code, message });
  const list = `Expected the columns: ${expected.map((column) => column.header).join('; ')}.`;
  header.cells.forEach((text, index) => {
    if (text.trim() === '') return;
    const column = expected.find(
      (spec) => normalize(spec.header) === normalize(text) && !columns.has(spec),
    );
    const taken = expected.find((spec) => normalize(spec.header) === normalize(text));
    if (column) columns.set(column, index);
    else if (taken)
      error(taken.header, 'duplicate_column', `The column "${taken.header}" appears twice.`);
    else {
      error(
        clip(text.trim()),
        'unknown_column',
        `The column ${quoted(text.trim())} is neither part of the table nor a dimension of this initiative. ${list}`,
      );
    }
  });
  for (const column of expected) {
    if (column.kind !== 'dimension' && !columns.has(column)) {
      error(column.header, 'missing_column', `The column "${column.header}" is missing. ${list}`);
    }
  }
  return { columns, errors };
}

/** Indicators by name and dimension values by dimension and value, regardless of case. */
class Lookup {
  private readonly indicators: Map<string, TableIndicator>;
  private readonly values: Map<string, Map<string, string>>;

  constructor(indicators: readonly TableIndicator[], dimensions: readonly TableDimension[]) {
    this.indicators = new Map(indicators.map((i) => [normalize(i.name), i]));
    this.values = new Map(
      dimensions.map((d) => [d.id, new Map(d.values.map((v) => [normalize(v.value), v.id]))]),
    );
  }

  indicator(name: string): TableIndicator | undefined {
    return this.indicators.get(normalize(name));
  }

  value(dimensionId: string, value: string): string | undefined {
    return this.values.get(dimensionId)?.get(normalize(value));
  }
}

type ErrorSink = (field: string, code: string, message: string) => void;
type CellText = (column: TableColumn) => string;

function readRow(
  row: number,
  text: CellText,
  columns: TableColumn[],
  lookup: Lookup,
): { row?: MeasurementTableRow; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const error: ErrorSink = (field, code, message) => errors.push({ row, field, code, message });
  const fixed = (kind: FixedColumn) =>
    text(columns.find((column) => column.kind === kind) as TableColumn);

  const { indicator, period } = readIndicatorAndPeriod(fixed, lookup, error);
  const entries = readCellEntries(text, columns, indicator, lookup, error);
  const value = readValue(fixed('value'), error);
  const cases = readCases(fixed('cases'), error);
  const sourceNote = fixed('source');
  if (sourceNote.length > LIMITS.sourceNote) {
    error(
      HEADERS.source,
      'too_long',
      `Quelle must be at most ${LIMITS.sourceNote} characters long.`,
    );
  }
  if (errors.length > 0 || !indicator || !period || value === undefined || cases === undefined) {
    return { errors };
  }
  const cell = canonicalOf(entries);
  return {
    row: { row, indicatorId: indicator.id, period, cell, value, cases, sourceNote },
    errors,
  };
}

/** The indicator by name (which the caller must be allowed to enter), and its period. */
function readIndicatorAndPeriod(
  fixed: (kind: FixedColumn) => string,
  lookup: Lookup,
  error: ErrorSink,
): { indicator?: TableIndicator; period?: CollectionPeriod } {
  const name = fixed('indicator');
  const indicator = name === '' ? undefined : lookup.indicator(name);
  if (name === '') error(HEADERS.indicator, 'required', 'Indikator must not be empty.');
  else if (!indicator) {
    error(
      HEADERS.indicator,
      'unknown_indicator',
      `There is no indicator ${quoted(name)} in this initiative.`,
    );
  } else if (!indicator.mayEnter) {
    error(
      HEADERS.indicator,
      'forbidden',
      `You are not a data steward of ${quoted(indicator.name)}: only the coordination office and its stewards enter its values.`,
    );
  }
  const periodText = fixed('period');
  if (periodText === '') {
    error(HEADERS.period, 'required', 'Zeitraum must not be empty.');
    return { indicator };
  }
  if (!indicator) return {};
  const read = readPeriod(indicator.frequency, periodText);
  if ('period' in read) return { indicator, period: read.period };
  error(HEADERS.period, 'period_mismatch', read.message);
  return { indicator };
}

/** The filled dimension cells: known values of dimensions the indicator is broken down by. */
function readCellEntries(
  text: CellText,
  columns: TableColumn[],
  indicator: TableIndicator | undefined,
  lookup: Lookup,
  error: ErrorSink,
): Cell {
  const entries: Cell = [];
  for (const column of columns) {
    if (column.kind !== 'dimension') continue;
    const value = text(column);
    if (value === '') continue;
    const valueId = lookup.value(column.dimensionId, value);
    if (!valueId) {
      error(
        column.header,
        'unknown_value',
        `${quoted(value)} is not a value of the dimension ${quoted(column.header)}.`,
      );
    } else if (indicator && !indicator.dimensionIds.includes(column.dimensionId)) {
      error(
        column.header,
        'dimension_not_used',
        `The indicator ${quoted(indicator.name)} is not broken down by ${quoted(column.header)}; leave this cell empty.`,
      );
    } else {
      entries.push({ dimensionId: column.dimensionId, valueId });
    }
  }
  return entries;
}

function readValue(text: string, error: ErrorSink): number | undefined {
  if (text === '') {
    error(HEADERS.value, 'required', 'Wert must not be empty.');
    return undefined;
  }
  const value = parseDecimal(text);
  if (value === null) {
    error(
      HEADERS.value,
      'invalid_number',
      `Wert ${quoted(text)} is not a number (write e.g. 12,5).`,
    );
    return undefined;
  }
  if (Math.abs(value) > LIMITS.value) {
    error(
      HEADERS.value,
      'out_of_range',
      `Wert must lie between -${LIMITS.value} and ${LIMITS.value}.`,
    );
    return undefined;
  }
  return value;
}

function readCases(text: string, error: ErrorSink): number | null | undefined {
  if (text === '') return null;
  const cases = parseCount(text);
  if (cases === null) {
    error(
      HEADERS.cases,
      'invalid_cases',
      `Fallzahl ${quoted(text)} must be a whole number of 0 or more, or empty.`,
    );
    return undefined;
  }
  if (cases > LIMITS.cases) {
    error(HEADERS.cases, 'out_of_range', `Fallzahl must be at most ${LIMITS.cases}.`);
    return undefined;
  }
  return cases;
}
