/**
 * Numbers as people type them into German spreadsheets, and as XLSX cells read back: a decimal
 * comma (`12,5`) or point (`12.5`), an optional sign, thousands grouped by points only together
 * with a decimal comma or as several groups (`1.234,5`, `1.234.567`), or by spaces (`1 234,5`).
 * A single point is a decimal point (`1.5`, and `1.234` is one and a bit), as XLSX writes numbers.
 */
const SPACES = /[\s\u00a0\u202f]/g;
const GERMAN = /^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const GROUPED_INTEGER = /^[+-]?\d{1,3}(\.\d{3}){2,}$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Digits kept after the decimal separator, like the API's limit on a value. */
export const MAX_DECIMALS = 6;

/** The number a cell holds, rounded to MAX_DECIMALS places, or null when it holds none. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(SPACES, '');
  if (compact === '') return null;
  let normalized: string;
  if (GERMAN.test(compact)) normalized = compact.replace(/\./g, '').replace(',', '.');
  else if (GROUPED_INTEGER.test(compact)) normalized = compact.replace(/\./g, '');
  else if (PLAIN.test(compact)) normalized = compact;
  else return null;
  const value = Number(normalized);
  if (!Number.isFinite(value)) return null;
  const rounded = Number(value.toFixed(MAX_DECIMALS));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * A count of cases: a whole number, possibly grouped by points or spaces (`1.234`, `1 234`),
 * or written with a zero decimal part by a spreadsheet (`12,0`, `12.0`); null when it is none.
 */
export function parseCount(text: string): number | null {
  const compact = text.replace(SPACES, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replace(/\./g, ''));
  const match = /^(\d+)([.,]0+)?$/.exec(compact);
  return match ? Number(match[1]) : null;
}
