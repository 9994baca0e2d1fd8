import type { FieldError } from '@gw/shared/contracts';
import { type ProblemMessage, serverFieldError } from '@gw/web/shared/data-access';
import type { TranslationKey } from '@gw/web/shared/i18n';

/** One error of a refused import as the error table shows it. */
export interface ImportErrorRow {
  /** The row as a spreadsheet counts it (header = 1); null for an error of the whole file. */
  row: number | null;
  /** The column as the file names it (the table's German headers, e.g. `Bereich`). */
  column: string;
  /** In a cell with several contact persons (one per line): which of them. */
  line: number | null;
  message: ProblemMessage;
}

const CODE_KEYS: Record<string, TranslationKey> = {
  required: 'actors.import.code.required',
  invalid_choice: 'actors.import.code.invalid_choice',
  invalid_boolean: 'actors.import.code.invalid_boolean',
  too_long: 'actors.import.code.too_long',
  invalid_email: 'actors.import.code.invalid_email',
  invalid_url: 'actors.import.code.invalid_url',
  multiple_lines: 'actors.import.code.multiple_lines',
  invalid: 'actors.import.code.invalid',
  duplicate: 'actors.import.code.duplicate',
  duplicate_column: 'actors.import.code.duplicate_column',
  missing_column: 'actors.import.code.missing_column',
  unknown_column: 'actors.import.code.unknown_column',
  too_many_rows: 'actors.import.code.too_many_rows',
  too_many_contacts: 'actors.import.code.too_many_contacts',
};

/**
 * An import error in the UI's words: the message by the error's `code` (the API's `message` is
 * English), with the limit it names; an unknown code falls back to the validator sentence.
 */
export function describeImportError(error: FieldError): ImportErrorRow {
  const message = error.message ?? '';
  const codeKey = error.code ? CODE_KEYS[error.code] : undefined;
  const max = /at most (\d+)/i.exec(message)?.[1];
  const line = /\(line (\d+)\)/i.exec(message)?.[1];
  return {
    row: error.row ?? null,
    column: error.field ?? '',
    line: line ? Number(line) : null,
    message: codeKey
      ? { key: codeKey, ...(max ? { params: { max } } : {}) }
      : serverFieldError(message),
  };
}
