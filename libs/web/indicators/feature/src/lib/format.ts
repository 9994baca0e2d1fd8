import type { I18nService } from '@gw/web/shared/i18n';

/** A value with its unit in the UI's locale: `71,5 %`, `1.200 Plätze`. */
export function formatMeasure(value: number, unit: string, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/**
 * A calendar date (YYYY-MM-DD) in the UI's language; read at noon, so that no time zone moves it
 * to the day before.
 */
export function formatCalendarDate(date: string | null, i18n: I18nService): string {
  return date ? i18n.formatDate(`${date}T12:00:00`) : '';
}
