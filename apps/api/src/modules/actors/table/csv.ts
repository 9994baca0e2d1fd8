import { BOM, escapeFormula } from '../../../common/upload/table-reader-csv';

/**
 * CSV as German Excel reads it: UTF-8 with a byte-order mark, `;` between cells, CRLF between
 * rows, cells quoted when they hold a separator, a quote or a line break. The import reads it
 * with common/upload/table-reader.
 */
function quote(value: string): string {
  return /[;"\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function writeCsv(rows: readonly (readonly string[])[]): Buffer {
  const text = rows
    .map((row) => row.map((cell) => quote(escapeFormula(cell))).join(';'))
    .join('\r\n');
  return Buffer.from(`${BOM}${text}\r\n`, 'utf8');
}
