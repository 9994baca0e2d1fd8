/**
 * CSV as German Excel reads and writes it: UTF-8 with a byte-order mark, `;` between cells,
 * CRLF between rows, cells quoted when they hold a separator, a quote or a line break.
 */
const BOM = '\uFEFF';
const SEPARATORS = [';', ',', '\t'] as const;

/**
 * Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading
 * apostrophe, so that opening an export never executes anything (CSV injection); the import
 * takes it off again. Values that already start with apostrophes before such a character get
 * one more, so that the round trip is exact.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

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

export class CsvFormatError extends Error {}

/**
 * The text of an uploaded CSV file: UTF-8 (with or without BOM), or Windows-1252 as older Excel
 * versions save "CSV (Trennzeichen-getrennt)". Binary content is refused.
 */
export function decodeCsv(buffer: Buffer): string {
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new CsvFormatError(
      'The file is an XLSX workbook (or another ZIP archive), not CSV. Upload it with format=xlsx.',
    );
  }
  if (buffer.includes(0)) {
    throw new CsvFormatError('The file is not a CSV text file: it contains binary data.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    text = new TextDecoder('windows-1252').decode(buffer);
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The separator of the header line: `;`, else `,` or tab, whichever occurs most. */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = SEPARATORS.map((separator) => firstLine.split(separator).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ';' : (SEPARATORS[counts.indexOf(best)] ?? ';');
}

/**
 * Parses CSV (RFC 4180: quoted cells may hold separators, quotes as "" and line breaks) into
 * records; each line, also an empty one, is a record, so that record i is spreadsheet row i + 1.
 */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      i += 1;
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      record.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      if (char === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += char;
    }
    i += 1;
  }
  if (quoted)
    throw new CsvFormatError('The file ends inside a quoted cell: a closing " is missing.');
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
