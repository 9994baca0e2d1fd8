import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { MEASUREMENT_LIMITS } from '@gw/shared/contracts';
import type { Lang } from '@gw/web/shared/i18n';

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
export function parseNumber(text: string, lang: Lang): number | null {
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

/** A number for a text field: no grouping, the language's decimal mark. */
export function numberText(value: number | null, lang: Lang): string {
  if (value === null) return '';
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    useGrouping: false,
    maximumFractionDigits: MAX_DECIMALS,
  }).format(value);
}

/** `number` when the text is no number, `range` beyond the API's limit; `lang` read each time. */
export function valueValidator(lang: () => Lang) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = parseNumber(control.value ?? '', lang());
    if (value === null) return null;
    if (Number.isNaN(value)) return { number: true };
    return Math.abs(value) > MEASUREMENT_LIMITS.value ? { range: true } : null;
  };
}

/** Cases: empty, or a whole number from 0 to the API's limit. */
export function casesValidator(control: AbstractControl<string>): ValidationErrors | null {
  const text = (control.value ?? '').trim();
  if (text === '') return null;
  return /^\d+$/.test(text) && Number(text) <= MEASUREMENT_LIMITS.cases ? null : { cases: true };
}

export function parseCases(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}
