import type { FieldError } from '@gw/shared/contracts';
import { type ProblemMessage, serverFieldError } from '@gw/web/shared/data-access';
import type { TranslationKey } from '@gw/web/shared/i18n';

/** One error of a refused import as the error table shows it. */
export interface ImportErrorRow {
  /** The row as a spreadsheet counts it (header = 1); null for an error of the whole file. */
  row: number | null;
  /** The column as the file names it (the template's German headers, e.g. `Zeitraum`). */
  column: string;
  /** The cell's text the error is about, as the file has it, when the API quotes it. */
  text: string | null;
  message: ProblemMessage;
}

const CODE_KEYS: Record<string, TranslationKey> = {
  required: 'measurements.import.code.required',
  too_long: 'measurements.import.code.too_long',
  invalid_number: 'measurements.import.code.invalid_number',
  invalid_cases: 'measurements.import.code.invalid_cases',
  out_of_range: 'measurements.import.code.out_of_range',
  period_mismatch: 'measurements.import.code.period_mismatch',
  unknown_indicator: 'measurements.import.code.unknown_indicator',
  unknown_value: 'measurements.import.code.unknown_value',
  dimension_not_used: 'measurements.import.code.dimension_not_used',
  duplicate: 'measurements.import.code.duplicate',
  duplicate_column: 'measurements.import.code.duplicate_column',
  missing_column: 'measurements.import.code.missing_column',
  unknown_column: 'measurements.import.code.unknown_column',
  too_many_rows: 'measurements.import.code.too_many_rows',
  forbidden: 'measurements.import.code.forbidden',
};

/**
 * An import error in the UI's words, by the error's `code` (the API's `message` is English); an
 * unknown code falls back to the validator sentence.
 */
export function describeImportError(error: FieldError): ImportErrorRow {
  const codeKey = error.code ? CODE_KEYS[error.code] : undefined;
  const max = /at most (\d+)/i.exec(error.message)?.[1];
  return {
    row: error.row ?? null,
    column: error.field,
    text: /"([^"]*)"/.exec(error.message)?.[1] ?? null,
    message: codeKey
      ? { key: codeKey, ...(max ? { params: { max } } : {}) }
      : serverFieldError(error.message, error.code),
  };
}
