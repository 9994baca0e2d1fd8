import { type FieldError, PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';
import { readCsv } from './table-reader-csv';
import {
  RecordCollector,
  TABLE_LIMITS,
  type TableRecord,
  TableReadError,
} from './table-reader-records';
import { readXlsx } from './table-reader-xlsx';

export { TABLE_LIMITS, type TableRecord };

/**
 * The non-blank rows of an uploaded CSV or XLSX table, the header first, read within
 * TABLE_LIMITS and at most `maxRows` rows below the header. A file beyond a cap, or no table
 * at all, is refused (400 import-invalid) as soon as that shows, without reading the rest.
 */
export async function readTable(
  format: 'csv' | 'xlsx',
  file: Buffer,
  maxRows: number,
): Promise<TableRecord[]> {
  const collector = new RecordCollector(maxRows);
  try {
    if (format === 'xlsx') await readXlsx(file, collector);
    else readCsv(file, collector);
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    throw importInvalid(error.message, error.error ? [error.error] : undefined);
  }
  return collector.records;
}

/**
 * The errors found in an uploaded table: every one is counted, the first TABLE_LIMITS.errors
 * are kept, so that the answer stays small whatever the number of bad rows.
 */
export class ImportErrors {
  readonly list: FieldError[] = [];
  count = 0;
  private readonly rows = new Set<number | undefined>();

  add(errors: readonly FieldError[]): void {
    for (const error of errors) {
      this.count += 1;
      this.rows.add(error.row);
      if (this.list.length < TABLE_LIMITS.errors) this.list.push(error);
    }
  }

  /** The answer to a file with errors: 400 import-invalid, the errors kept and their total. */
  problem(): ProblemException {
    const { count } = this;
    const rows = this.rows.size;
    const listed = count > this.list.length ? ` The first ${this.list.length} are listed.` : '';
    return importInvalid(
      `The file has ${count} ${count === 1 ? 'error' : 'errors'} in ${rows} ${rows === 1 ? 'row' : 'rows'}; nothing was imported.${listed} Correct them and upload the file again.`,
      this.list,
      count,
    );
  }
}

export const importInvalid = (detail: string, errors?: FieldError[], errorCount = errors?.length) =>
  new ProblemException(400, detail, { type: PROBLEM_TYPES.importInvalid, errors, errorCount });

/** A cell's text in a message, cut short: the answer quotes at most 80 characters of it. */
export const quoted = (text: string) => `"${clip(text)}"`;

export const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
