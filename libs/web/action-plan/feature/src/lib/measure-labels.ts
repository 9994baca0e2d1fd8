import type { MeasureStatus } from '@gw/shared/contracts';
import type { BaselineMarker, MeasureField } from '@gw/web/action-plan/data-access';
import type { I18nService, TranslationKey } from '@gw/web/shared/i18n';

export const measureStatusKey = (status: MeasureStatus): TranslationKey =>
  `measures.status.${status}`;

/** The label of a field; the API may name fields the UI does not know yet, shown as they are. */
export function measureFieldLabel(field: string, i18n: I18nService): string {
  const key = `measures.field.${field}` as TranslationKey;
  const label = i18n.t(key);
  return label === key ? field : label;
}

export const measureFieldKey = (field: MeasureField): TranslationKey => `measures.field.${field}`;

/** "neu", "geändert: Status, Ende", "unverändert"; empty without a baseline. */
export function baselineMarkerText(marker: BaselineMarker | null, i18n: I18nService): string {
  if (!marker) return '';
  if (marker.kind === 'new') return i18n.t('measures.marker.new');
  if (marker.kind === 'unchanged') return i18n.t('measures.marker.unchanged');
  if (marker.fields.length === 0) return i18n.t('measures.marker.changed');
  const fields = marker.fields.map((field) => measureFieldLabel(field, i18n)).join(', ');
  return i18n.t('measures.marker.changedFields', { fields });
}

/** "15.08.2026 – 31.12.2027", "ab 15.08.2026", "bis …" or "offen". */
export function periodText(start: string | null, end: string | null, i18n: I18nService): string {
  const date = (value: string) => shortDate(value, i18n.locale());
  if (start && end) return `${date(start)} – ${date(end)}`;
  if (start) return i18n.t('measures.period.from', { date: date(start) });
  if (end) return i18n.t('measures.period.until', { date: date(end) });
  return i18n.t('measures.period.none');
}

/** A calendar date (YYYY-MM-DD) as 15.08.2026 / 15/08/2026, without shifting across midnight. */
export function shortDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return value;
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(year, month - 1, day));
}

/** Euros and hours in the UI's language. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
