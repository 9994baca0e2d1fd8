import type { I18nService } from '@gw/web/shared/i18n';

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

const PERIOD = /^(\d{4})(?:-(Q|H)?(\d{1,2}))?$/;

/**
 * A reporting period as people say it: `2026-Q4` → „4. Quartal 2026“, `2026-H2` → „2. Halbjahr
 * 2026“, `2026-11` → „November 2026“, `2026` → „2026“. An unknown key is shown as it is.
 */
export function periodLabel(period: string, i18n: I18nService): string {
  const match = PERIOD.exec(period);
  if (!match) return period;
  const [, year = '', kind, index] = match;
  if (!index) return year;
  const n = Number(index);
  if (kind === 'Q') return i18n.t('dashboard.period.quarter', { n, year });
  if (kind === 'H') return i18n.t('dashboard.period.half', { n, year });
  const month = new Date(Number(year), n - 1, 15);
  return new Intl.DateTimeFormat(i18n.locale(), { month: 'long', year: 'numeric' }).format(month);
}
