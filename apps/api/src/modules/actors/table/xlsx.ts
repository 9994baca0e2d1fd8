import { Workbook } from 'exceljs';

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
