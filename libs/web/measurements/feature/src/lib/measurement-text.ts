import type {
  Cell,
  CollectionFrequency,
  Dimension,
  Indicator,
  IndicatorSeries,
  IndicatorVisibility,
  MeasurementRevisionAction,
  MeasurementStatus,
} from '@gw/shared/contracts';
import { recentPeriodKeys } from '@gw/shared/contracts';
import { todayIso } from '@gw/web/indicators/data-access';
import { type TrendChartData, formatChartValue } from '@gw/web/shared/charts';
import { cellLabel } from '@gw/web/measurements/data-access';
import type { I18nService, TranslationKey } from '@gw/web/shared/i18n';
import { formatPeriod } from '@gw/web/shared/ui';

export const statusKey = (status: MeasurementStatus): TranslationKey =>
  `measurements.status.${status}`;
export const frequencyKey = (frequency: CollectionFrequency): TranslationKey =>
  `measurements.frequency.${frequency}`;
export const visibilityKey = (visibility: IndicatorVisibility): TranslationKey =>
  `measurements.visibility.${visibility}`;
export const revisionKey = (action: MeasurementRevisionAction): TranslationKey =>
  `measurements.details.action.${action}`;

/** A period as people say it: `2026-Q4` → „4. Quartal 2026“ (see `formatPeriod`). */
export function periodLabel(period: string, i18n: I18nService): string {
  return formatPeriod(period, i18n, 'measurements.period');
}

/**
 * The periods a value can be entered for, newest first and in words: the indicator's current
 * one and those before it (see `recentPeriodKeys`).
 */
export function periodChoices(
  frequency: CollectionFrequency,
  i18n: I18nService,
): { key: string; label: string }[] {
  return recentPeriodKeys(frequency, todayIso()).map((key) => ({
    key,
    label: periodLabel(key, i18n),
  }));
}

/** The period an entry form starts with: the newest that has ended, as values follow it. */
export function lastEndedPeriod(frequency: CollectionFrequency): string {
  return recentPeriodKeys(frequency, todayIso(), 2)[1] ?? '';
}

/** What an entry form is about: „{name}, Einheit: %“. */
export function entryIntro(indicator: Indicator, i18n: I18nService): string {
  return i18n.t('measurements.entry.intro', {
    name: indicator.name,
    unit: indicator.unit || i18n.t('measurements.page.noUnit'),
  });
}

/** A value with its unit in the UI's locale: `71,5 %`, `1.200 Plätze`. */
export function valueText(value: number, unit: string, i18n: I18nService): string {
  return formatChartValue(value, unit, i18n.locale());
}

/** A cell by its dimensions' values, or „Gesamt“ for the total. */
export function cellText(cell: Cell, dimensions: Dimension[], i18n: I18nService): string {
  return cell.length ? cellLabel(cell, dimensions) : i18n.t('measurements.total');
}

/** The approved totals, baseline and targets as the trend chart draws them. */
export function trendData(
  indicator: Indicator,
  series: IndicatorSeries,
  i18n: I18nService,
): TrendChartData {
  const baseline = series.baseline.value;
  return {
    unit: indicator.unit,
    points: series.total.map((point) => ({
      label: periodLabel(point.period, i18n),
      date: point.periodEnd,
      value: point.value,
      cases: point.cases,
      comments: point.comments.map((comment) => `${comment.author}: ${comment.body}`),
    })),
    baseline: baseline === null ? null : { value: baseline, date: series.baseline.date },
    targets: series.targets,
  };
}

/** The chart in words, for its aria-label: how many values, the latest, baseline, next target. */
export function trendSummary(
  indicator: Indicator,
  data: TrendChartData,
  i18n: I18nService,
): string {
  const latest = data.points.at(-1);
  const value = (n: number) => valueText(n, data.unit, i18n);
  const parts = [
    i18n.t('measurements.chart.summary', {
      name: indicator.name,
      count: data.points.length,
      latest: latest ? value(latest.value) : i18n.t('measurements.none'),
      period: latest?.label ?? i18n.t('measurements.none'),
    }),
  ];
  if (data.baseline) {
    parts.push(i18n.t('measurements.chart.summaryBaseline', { value: value(data.baseline.value) }));
  }
  const target = [...data.targets]
    .sort((a, b) => a.date.localeCompare(b.date))
    .find((item) => !latest || item.date >= latest.date);
  if (target) {
    parts.push(
      i18n.t('measurements.chart.summaryTarget', {
        value: value(target.value),
        date: i18n.formatDate(`${target.date}T12:00:00`),
      }),
    );
  }
  return parts.join(' ');
}
