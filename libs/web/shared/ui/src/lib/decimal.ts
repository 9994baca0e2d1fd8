import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { Lang } from '@gw/web/shared/i18n';

/** The API keeps six decimals; a text with more is refused rather than rounded. */
const MAX_DECIMALS = 6;

/** 1.234,5 in German, 1,234.5 in English: groups of three digits before the decimal mark. */
const GROUPED: Record<Lang, RegExp> = {
  de: /^-?\d{1,3}(\.\d{3})+(,\d+)?$/,
  en: /^-?\d{1,3}(,\d{3})+(\.\d+)?$/,
};
/** 71,5 or 71.5: people type either mark, whatever the language. */
const PLAIN = /^-?\d+([.,]\d+)?$/;

/**
 * A number as people type it in the UI's language: `71,5`, `71.5`, `1.234,5` (German) or
 * `1,234.5` (English). Null for an empty text, NaN for one that is no number or has more than
 * six decimals (the API's limit).
 */
export function parseDecimal(text: string, lang: Lang): number | null {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return null;
  let normalized: string;
  if (GROUPED[lang].test(compact)) {
    const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
    normalized = compact.split(group).join('').replace(decimal, '.');
  } else if (PLAIN.test(compact)) {
    normalized = compact.replace(',', '.');
  } else {
    return Number.NaN;
  }
  const decimals = normalized.split('.')[1]?.length ?? 0;
  return decimals > MAX_DECIMALS ? Number.NaN : Number(normalized);
}

/** A number for a text field: no grouping, the language's decimal mark, up to six decimals. */
export function formatDecimal(value: number | null, lang: Lang): string {
  if (value === null) return '';
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    useGrouping: false,
    maximumFractionDigits: MAX_DECIMALS,
  }).format(value);
}

/**
 * A validator for a text field holding a number as people type it (see `parseDecimal`):
 * `decimal` when it is none (or has more than six decimals), `range` when its size is beyond
 * `max` (the API's limit). `lang` is read on every check, so a switch of language applies.
 */
export function decimalValidator(lang: () => Lang, max: number): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = parseDecimal(control.value ?? '', lang());
    if (value === null) return null;
    if (Number.isNaN(value)) return { decimal: true };
    return Math.abs(value) > max ? { range: true } : null;
  };
}
