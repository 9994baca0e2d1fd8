import { type CellValue, Workbook, type XlsxReadOptions } from 'exceljs';
import type { TableRecord } from './read-actor-table';

export class XlsxFormatError extends Error {}

export interface XlsxColumn {
  header: string;
  width: number;
  /** Offered as a drop-down list in the cells below the header. */
  choices?: readonly string[];
}

/** One sheet: a bold, frozen header row, then one row per record, every cell as text. */
export async function writeXlsx(
  sheetName: string,
  columns: readonly XlsxColumn[],
  rows: readonly (readonly string[])[],
): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Gemeinsam Wirken';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of rows) {
    const row = sheet.addRow([...cells]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const lastRow = Math.max(rows.length + 1, 500);
  columns.forEach((column, index) => {
    if (!column.choices) return;
    const letter = sheet.getColumn(index + 1).letter;
    for (let row = 2; row <= lastRow; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.choices.join(',')}"`],
      };
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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
  maxRows: 5000,
  maxCols: 100,
} as XlsxReadOptions;

/** The rows of the first sheet, each cell as the text a spreadsheet shows. */
export async function readXlsx(buffer: Buffer): Promise<TableRecord[]> {
  if (!buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new XlsxFormatError(
      'The file is not an XLSX workbook. Upload a CSV file with format=csv.',
    );
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer, READ_OPTIONS);
  } catch {
    throw new XlsxFormatError('The file could not be read as an XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: TableRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records.push({ row: row.number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return records;
}

/** Text of a cell: rich text joined, links by their text, formulas by their result. */
export function cellText(value: CellValue): string {
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
