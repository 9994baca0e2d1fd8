import type { FieldError } from '@gw/shared/contracts';

/**
 * The caps within which every table import reads a file, so that the memory and time one upload
 * takes stay bounded whatever the file holds (a header of a million columns, a zip bomb).
 */
export const TABLE_LIMITS = {
  /** Cells per row: the widest table (measurements: five columns and one per dimension) fits. */
  columns: 50,
  /**
   * Characters per cell: above the longest field (4,000 for an actor's contributions), so that
   * a value too long for its field still gets its own error by row and column.
   */
  cellLength: 10_000,
  /** Errors an answer lists; all of them are counted (`errorCount`). */
  errors: 100,
} as const;

/** One non-blank line of an uploaded table; `row` counts as the spreadsheet shows it (header = 1). */
export interface TableRecord {
  row: number;
  cells: string[];
}

/** A file the import refuses as a whole: not a table, or beyond one of the caps. */
export class TableReadError extends Error {
  constructor(
    message: string,
    /** The row and limit a capped file exceeds, listed like a row's error. */
    readonly error?: FieldError,
  ) {
    super(message);
  }
}

const limitError = (row: number, field: string, code: string, message: string) =>
  new TableReadError(`${message} Nothing was imported.`, { row, field, code, message });

export const tooManyColumns = (row: number) =>
  limitError(
    row,
    '',
    'too_many_columns',
    `Row ${row} has more than ${TABLE_LIMITS.columns} columns; a table may have at most ${TABLE_LIMITS.columns}.`,
  );

export const cellTooLong = (row: number, column: number) =>
  limitError(
    row,
    '',
    'cell_too_long',
    `Column ${column} of row ${row} holds more than ${TABLE_LIMITS.cellLength} characters; a cell may hold at most ${TABLE_LIMITS.cellLength}.`,
  );

/**
 * Collects the records of a file one by one: skips blank lines, refuses a row beyond the caps
 * as soon as it comes, so that the rest of the file is never read.
 */
export class RecordCollector {
  readonly records: TableRecord[] = [];

  /** `maxRows`: the rows an import takes below the header. */
  constructor(private readonly maxRows: number) {}

  add(row: number, cells: string[]): void {
    if (cells.length > TABLE_LIMITS.columns) throw tooManyColumns(row);
    const long = cells.findIndex((cell) => cell.length > TABLE_LIMITS.cellLength);
    if (long >= 0) throw cellTooLong(row, long + 1);
    if (cells.every((cell) => cell.trim() === '')) return;
    // The first record is the header.
    if (this.records.length > this.maxRows) {
      throw limitError(
        row,
        '',
        'too_many_rows',
        `The file has more than ${this.maxRows} rows below the header; an import takes at most ${this.maxRows}.`,
      );
    }
    this.records.push({ row, cells });
  }
}
