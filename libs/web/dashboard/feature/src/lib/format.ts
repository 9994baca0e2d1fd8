import type { I18nService } from '@gw/web/shared/i18n';
import { formatPeriod } from '@gw/web/shared/ui';

/** A value with its unit in the UI's language: `71,5 %`, `1.200 Plätze`. */
export function formatValue(value: number, unit: string, i18n: I18nService, digits = 2): string {
  const number = new Intl.NumberFormat(i18n.locale(), { maximumFractionDigits: digits }).format(
    value,
  );
  return unit ? `${number} ${unit}` : number;
}

/**
 * A calendar date (YYYY-MM-DD) in the UI's language; read at noon, so that no time zone moves it
 * to the day before.
 */
export function formatCalendarDate(date: string, i18n: I18nService): string {
  return i18n.formatDate(`${date}T12:00:00`);
}

/** A reporting period as people say it: `2026-Q4` → „4. Quartal 2026“ (see `formatPeriod`). */
export function periodLabel(period: string, i18n: I18nService): string {
  return formatPeriod(period, i18n, 'dashboard.period');
}
