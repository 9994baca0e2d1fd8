import type { TranslationKey, TranslationParams } from '@gw/web/shared/i18n';

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const MEDIA_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What an import did, row by row. */
export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportMessage {
  key: TranslationKey;
  params?: TranslationParams;
}

/** One error of a refused file as the error table shows it. */
export interface ImportErrorRow {
  /** The row as a spreadsheet counts it (header = 1); null for an error of the whole file. */
  row: number | null;
  /** The column as the file names it; empty for an error of the whole file. */
  column: string;
  /** In a cell with several lines: which of them (shown as `<texts>.line`). */
  line?: number | null;
  /** The cell's text the error is about, when known. */
  text?: string | null;
  message: ImportMessage;
}

/**
 * The errors of a refused file by row (none: the file is no table at all, shown as
 * `<texts>.unreadable`). The API lists at most the first 100; `total` counts them all.
 */
export interface ImportErrorList {
  rows: readonly ImportErrorRow[];
  total: number;
}

/** Why an upload failed: the errors of a refused file, or one message for any other problem. */
export type ImportFailure = ImportErrorList | ImportMessage;

/** Sends a file; `progress` may be told the share sent so far (0–1). */
export type ImportUpload = (
  file: File,
  format: ImportFormat,
  progress: (share: number) => void,
) => Promise<ImportResult>;

/** The texts every import dialog has under its prefix. */
type RequiredText =
  | 'title'
  | 'intro'
  | 'atomic'
  | 'choose'
  | 'chosen'
  | 'noFile'
  | 'upload'
  | 'wrongType'
  | 'unreadable'
  | 'done'
  | 'errors.title'
  | 'errors.label'
  | 'row'
  | 'column'
  | 'message'
  | 'wholeFile';
/** `line` for rows that name a line, `uploading` with `progress`. */
export type ImportText = RequiredText | 'line' | 'uploading';

type PrefixOf<K> = K extends `${infer P}.title` ? P : never;

/** A prefix of the dictionaries under which every text of the import dialog is found. */
export type ImportTextsPrefix = {
  [P in PrefixOf<TranslationKey>]: `${P}.${RequiredText}` extends TranslationKey ? P : never;
}[PrefixOf<TranslationKey>];

/** The format of a file by its extension, when it is one of `formats`. */
export function importFormatOf(file: File, formats: readonly ImportFormat[]): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return formats.find((format) => format === extension) ?? null;
}

/** The file input's `accept`: the extensions, then the media types. */
export function acceptOf(formats: readonly ImportFormat[]): string {
  return [...formats.map((format) => `.${format}`), ...formats.map((f) => MEDIA_TYPES[f])].join(
    ',',
  );
}
