import {
  cellTooLong,
  type RecordCollector,
  TABLE_LIMITS,
  TableReadError,
  tooManyColumns,
} from './table-reader-records';

/**
 * Reading CSV as German Excel writes it: UTF-8 with a byte-order mark (or Windows-1252), `;`
 * between cells (or `,` or tab), cells quoted when they hold a separator, a quote or a line break.
 */
export const BOM = '\uFEFF';
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

/** The non-blank records of an uploaded CSV file, within the caps of `collector`. */
export function readCsv(buffer: Buffer, collector: RecordCollector): void {
  let row = 0;
  for (const cells of csvRecords(decodeCsv(buffer))) {
    row += 1;
    collector.add(row, cells.map(unescapeFormula));
  }
}

/**
 * The text of an uploaded CSV file: UTF-8 (with or without BOM), or Windows-1252 as older Excel
 * versions save "CSV (Trennzeichen-getrennt)". Binary content is refused.
 */
export function decodeCsv(buffer: Buffer): string {
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new TableReadError(
      'The file is an XLSX workbook (or another ZIP archive), not CSV. Upload it with format=xlsx.',
    );
  }
  if (buffer.includes(0)) {
    throw new TableReadError('The file is not a CSV text file: it contains binary data.');
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
  // Counted in place: splitting a header of a million cells would allocate a million strings.
  const counts = SEPARATORS.map(() => 0);
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '\r' || char === '\n') break;
    const index = SEPARATORS.indexOf(char as (typeof SEPARATORS)[number]);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  const best = Math.max(...counts);
  return best === 0 ? ';' : (SEPARATORS[counts.indexOf(best)] ?? ';');
}

/**
 * Parses CSV (RFC 4180: quoted cells may hold separators, quotes as "" and line breaks) into
 * records, one at a time; each line, also an empty one, is a record, so that record i is
 * spreadsheet row i + 1. A row wider or a cell longer than the caps stops the reading there.
 */
export function* csvRecords(text: string, separator = detectSeparator(text)): Generator<string[]> {
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  const endCell = () => {
    if (record.length === TABLE_LIMITS.columns) throw tooManyColumns(row);
    record.push(cell);
    cell = '';
  };
  const append = (char: string) => {
    if (cell.length === TABLE_LIMITS.cellLength) throw cellTooLong(row, record.length + 1);
    cell += char;
  };
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    i += 1;
    if (quoted) {
      if (char === '"' && text[i] === '"') {
        append('"');
        i += 1;
      } else if (char === '"') quoted = false;
      else append(char);
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      endCell();
      yield record;
      record = [];
      row += 1;
      if (char === '\r' && text[i] === '\n') i += 1;
    } else {
      append(char);
    }
  }
  if (quoted) {
    throw new TableReadError('The file ends inside a quoted cell: a closing " is missing.');
  }
  if (cell !== '' || record.length > 0) {
    endCell();
    yield record;
  }
}
