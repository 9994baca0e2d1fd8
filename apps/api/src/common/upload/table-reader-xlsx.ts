import { type CellValue, Workbook, type XlsxReadOptions } from 'exceljs';
import {
  type RecordCollector,
  TABLE_LIMITS,
  TableReadError,
  tooManyColumns,
} from './table-reader-records';
import { checkXlsxArchive } from './table-reader-zip';

/** Rows per sheet exceljs builds (blank ones included); the imports take at most 4,000. */
const SHEET_ROWS = 10_000;

/**
 * Only the cells are read. Parts that name cell ranges (validations, merges, formats) are
 * skipped: exceljs expands a range cell by cell, and one range over a whole sheet is billions.
 * Rows and columns are capped for the same reason (maxRows and maxCols are read by exceljs's
 * worksheet reader, though its typings only name ignoreNodes).
 */
const READ_OPTIONS = {
  ignoreNodes: [
    'dataValidations',
    'conditionalFormatting',
    'mergeCells',
    'hyperlinks',
    'autoFilter',
    'rowBreaks',
    'extLst',
    'picture',
    'drawing',
    'tableParts',
  ],
  maxRows: SHEET_ROWS,
  maxCols: TABLE_LIMITS.columns,
} as XlsxReadOptions;

/** The non-blank rows of the first sheet, each cell as the text a spreadsheet shows. */
export async function readXlsx(buffer: Buffer, collector: RecordCollector): Promise<void> {
  if (!buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new TableReadError(
      'The file is not an XLSX workbook. Upload a CSV file with format=csv.',
    );
  }
  checkXlsxArchive(buffer);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer, READ_OPTIONS);
  } catch (error) {
    throw capOf(error) ?? new TableReadError('The file could not be read as an XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (column > TABLE_LIMITS.columns) throw tooManyColumns(row.number);
      cells[column - 1] = cellText(cell.value);
    });
    collector.add(
      row.number,
      Array.from(cells, (cell) => cell ?? ''),
    );
  });
}

/** exceljs's own errors for a sheet beyond maxRows or a row beyond maxCols, in our words. */
function capOf(error: unknown): TableReadError | undefined {
  const message = error instanceof Error ? error.message : '';
  if (/^Max row count/.test(message)) {
    return new TableReadError(
      `A sheet of the workbook has more than ${SHEET_ROWS} rows; an import reads at most ${SHEET_ROWS}. Nothing was imported.`,
    );
  }
  if (/^Max column count/.test(message)) {
    return new TableReadError(
      `A row of the workbook has more than ${TABLE_LIMITS.columns} cells; a table may have at most ${TABLE_LIMITS.columns} columns. Nothing was imported.`,
    );
  }
  return undefined;
}

/** Text of a cell: rich text joined, links by their text, formulas by their result. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: CellValue }).result ?? null);
  }
  if ('error' in value) return '';
  return '';
}
