import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import {
  ACTOR_AREAS,
  ACTOR_KINDS,
  ACTOR_LIMITS as LIMITS,
  type FieldError,
} from '@gw/shared/contracts';
import { clip, ImportErrors, quoted, type TableRecord } from '../../../common/upload/table-reader';
import { CreateActorDto } from '../dto/actor.dto';
import {
  AREA_LABELS,
  type ColumnSpec,
  KIND_LABELS,
  TABLE_COLUMNS,
  TABLE_HEADERS,
} from './actor-table';

export interface ImportRow {
  row: number;
  input: CreateActorDto;
}

/** Rows of actors an import takes below the header (the reader refuses more). */
export const IMPORT_MAX_ROWS = 2000;

const TRUE_WORDS = new Set(['ja', 'j', 'x', 'true', 'wahr', 'yes', '1']);
const FALSE_WORDS = new Set(['nein', 'n', '', 'false', 'falsch', 'no', '0', '-']);

const normalize = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads the rows of an uploaded actor table into actor inputs, checking every row with the
 * same rules as the API (CreateActorDto). Counts every error found, each with its row; rows
 * are only usable when there is none.
 */
export function readActorTable(records: readonly TableRecord[]): {
  rows: ImportRow[];
  errors: ImportErrors;
} {
  const errors = new ImportErrors();
  const [header, ...body] = records.filter((record, index) => index === 0 || !isBlank(record));
  if (!header) return { rows: [], errors };
  const { columns, errors: headerErrors } = readHeader(header);
  errors.add(headerErrors);
  if (errors.count > 0) return { rows: [], errors };
  const rows: ImportRow[] = [];
  const firstRowOfName = new Map<string, number>();
  for (const record of body) {
    const cell = (column: ColumnSpec) => record.cells[columns.get(column) ?? -1] ?? '';
    const { input, errors: rowErrors } = readRow(record.row, cell);
    errors.add(rowErrors);
    if (!input) continue;
    const key = input.name.toLowerCase();
    const first = firstRowOfName.get(key);
    if (first !== undefined) {
      errors.add([
        {
          row: record.row,
          field: 'Institution',
          code: 'duplicate',
          message: `Institution ${quoted(input.name)} appears more than once in the file (first in row ${first}).`,
        },
      ]);
    } else {
      firstRowOfName.set(key, record.row);
    }
    rows.push({ row: record.row, input });
  }
  return { rows, errors };
}

function isBlank(record: TableRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

/** Finds each column by its header, in any order; every column must be there exactly once. */
function readHeader(header: TableRecord): {
  columns: Map<ColumnSpec, number>;
  errors: FieldError[];
} {
  const columns = new Map<ColumnSpec, number>();
  const errors: FieldError[] = [];
  const expected = `Expected the columns: ${TABLE_HEADERS.join('; ')}.`;
  header.cells.forEach((text, index) => {
    if (text.trim() === '') return;
    const column = TABLE_COLUMNS.find((spec) => normalize(spec.header) === normalize(text));
    if (!column) {
      errors.push({
        row: header.row,
        field: clip(text.trim()),
        code: 'unknown_column',
        message: `The column ${quoted(text.trim())} is not part of the actor table. ${expected}`,
      });
    } else if (columns.has(column)) {
      errors.push({
        row: header.row,
        field: column.header,
        code: 'duplicate_column',
        message: `The column "${column.header}" appears twice.`,
      });
    } else {
      columns.set(column, index);
    }
  });
  for (const column of TABLE_COLUMNS) {
    if (!columns.has(column)) {
      errors.push({
        row: header.row,
        field: column.header,
        code: 'missing_column',
        message: `The column "${column.header}" is missing. ${expected}`,
      });
    }
  }
  return { columns, errors };
}

function readRow(
  row: number,
  cell: (column: ColumnSpec) => string,
): { input?: CreateActorDto; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const error = (field: string, code: string, message: string) =>
    errors.push({ row, field, code, message });
  const plain: Record<string, unknown> = {};
  const contactCells = new Map<string, string[]>();

  for (const column of TABLE_COLUMNS) {
    const value = cell(column);
    switch (column.type) {
      case 'text':
        plain[column.field] = value;
        break;
      case 'area':
      case 'kind': {
        const labels: Record<string, string> = column.type === 'area' ? AREA_LABELS : KIND_LABELS;
        const keys: readonly string[] = column.type === 'area' ? ACTOR_AREAS : ACTOR_KINDS;
        const choice = keys.find(
          (key) => normalize(labels[key] ?? '') === normalize(value) || key === value.trim(),
        );
        if (choice) plain[column.type] = choice;
        else if (value.trim() === '')
          error(column.header, 'required', `${column.header} must not be empty.`);
        else {
          error(
            column.header,
            'invalid_choice',
            `${column.header} ${quoted(value.trim())} is not one of: ${Object.values(labels).join(', ')}.`,
          );
        }
        break;
      }
      case 'flag': {
        const word = normalize(value);
        if (TRUE_WORDS.has(word)) plain[column.field] = true;
        else if (FALSE_WORDS.has(word)) plain[column.field] = false;
        else {
          error(
            column.header,
            'invalid_boolean',
            `${column.header} ${quoted(value.trim())} must be ja or nein (x, leer, true and false work too).`,
          );
        }
        break;
      }
      case 'contact':
        contactCells.set(column.field, value === '' ? [] : value.split(/\r?\n/));
        break;
    }
  }

  // Line n of each contact cell belongs to contact n; lines empty in all four cells are gaps.
  const lineCount = Math.max(...[...contactCells.values()].map((lines) => lines.length));
  const contactLines: number[] = [];
  const contacts: Record<string, string>[] = [];
  for (let line = 0; line < lineCount; line++) {
    const contact = Object.fromEntries(
      [...contactCells].map(([field, lines]) => [field, lines[line] ?? '']),
    );
    if (Object.values(contact).every((part) => part.trim() === '')) continue;
    contacts.push(contact);
    contactLines.push(line + 1);
  }
  if (contacts.length > LIMITS.contacts) {
    error(
      'Ansprechperson',
      'too_many_contacts',
      `An actor has at most ${LIMITS.contacts} contact persons; this row has ${contacts.length}.`,
    );
  }
  plain['contacts'] = contacts.slice(0, LIMITS.contacts);

  const input = plainToInstance(CreateActorDto, plain);
  const violations = validateSync(input, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
  });
  for (const violation of flatten(violations)) {
    const located = locate(violation.path, contactLines);
    if (!located) continue;
    // Values the table could not read were reported above already.
    if (
      located.column.type === 'area' ||
      located.column.type === 'kind' ||
      located.column.type === 'flag'
    )
      continue;
    error(
      located.column.header,
      codeOf(violation.constraint),
      messageOf(located.column, located.line, codeOf(violation.constraint)),
    );
  }
  return errors.length > 0 ? { errors } : { input, errors };
}

function flatten(errors: ValidationError[], parent = ''): { path: string; constraint: string }[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => ({ path, constraint }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** The column (and contact line) of a DTO path such as `name` or `contacts.1.email`. */
function locate(
  path: string,
  contactLines: number[],
): { column: ColumnSpec; line?: number } | null {
  const [field, index, contactField] = path.split('.');
  if (field === 'contacts') {
    const column = TABLE_COLUMNS.find(
      (spec) => spec.type === 'contact' && spec.field === (contactField ?? 'name'),
    );
    return column ? { column, line: contactLines[Number(index)] } : null;
  }
  const column = TABLE_COLUMNS.find(
    (spec) => (spec.type === 'text' || spec.type === 'flag') && spec.field === field,
  );
  return column ? { column } : null;
}

const CODES: Record<string, string> = {
  isNotEmpty: 'required',
  maxLength: 'too_long',
  isEmail: 'invalid_email',
  isUrl: 'invalid_url',
  matches: 'multiple_lines',
};

function codeOf(constraint: string): string {
  return CODES[constraint] ?? 'invalid';
}

function messageOf(column: ColumnSpec, line: number | undefined, code: string): string {
  const where = line === undefined ? column.header : `${column.header} (line ${line})`;
  const limit = 'limit' in column ? column.limit : 0;
  switch (code) {
    case 'required':
      return `${where} must not be empty.`;
    case 'too_long':
      return `${where} must be at most ${limit} characters long.`;
    case 'invalid_email':
      return `${where} is not a valid e-mail address.`;
    case 'invalid_url':
      return `${where} must be an http(s) address such as https://www.example.org, or empty.`;
    default:
      return `${where} is not valid.`;
  }
}
