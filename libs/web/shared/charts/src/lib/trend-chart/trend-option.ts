import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type {
  TrendChartData,
  TrendChartTexts,
  TrendChartTheme,
  TrendPoint,
} from './trend-chart.model';

export type TrendOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** The app's theme when its custom properties cannot be read (tests, a missing theme). */
export const FALLBACK_THEME: TrendChartTheme = {
  actual: '#005cbb',
  target: '#006d3a',
  baseline: '#74777f',
  text: '#44474e',
  grid: '#c4c6d0',
  font: 'Roboto, "Helvetica Neue", Arial, sans-serif',
};

/** `1.234,5` in German, `1,234.5` in English, with the unit after it when there is one. */
export function formatChartValue(value: number, unit: string, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/**
 * The ECharts option of a trend: the actual values as a line with points, the baseline as a
 * dashed horizontal line, the targets as a dashed line from the baseline to each target. Dates
 * sit on a time axis, so that values, baseline and targets keep their real distances.
 */
export function buildTrendOption(
  data: TrendChartData,
  texts: TrendChartTexts,
  locale: string,
  theme: TrendChartTheme,
): TrendOption {
  const value = (n: number) => formatChartValue(n, data.unit, locale);
  const axisNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  const textStyle = { color: theme.text, fontFamily: theme.font };
  const targetPath = targetLine(data, locale);
  const series: LineSeriesOption[] = [
    {
      name: texts.actual,
      type: 'line',
      data: data.points.map((point) => [point.date, point.value]),
      symbol: 'circle',
      symbolSize: 9,
      color: theme.actual,
      lineStyle: { width: 3 },
      z: 3,
      tooltip: { formatter: (params) => pointTooltip(data.points[indexOf(params)], texts, value) },
      markLine: data.baseline
        ? {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: theme.baseline, width: 1.5 },
            label: {
              // At the far end, on the side away from the target line.
              position: targetsBelow(data) ? 'insideEndTop' : 'insideEndBottom',
              color: theme.text,
              formatter: `${texts.baseline}: ${value(data.baseline.value)}`,
            },
            data: [{ yAxis: data.baseline.value }],
          }
        : undefined,
    },
  ];
  if (targetPath.length > 0) {
    series.push({
      name: texts.target,
      type: 'line',
      data: targetPath.map((point) => [point.date, point.value]),
      symbol: 'diamond',
      symbolSize: 10,
      color: theme.target,
      lineStyle: { type: 'dashed', width: 2 },
      z: 2,
      tooltip: {
        formatter: (params) => {
          const point = targetPath[indexOf(params)];
          if (!point) return '';
          const name = point.start ? texts.baseline : texts.target;
          return `<strong>${escapeHtml(name)}</strong><br>${escapeHtml(value(point.value))} · ${escapeHtml(point.dateLabel)}`;
        },
      },
    });
  }
  return {
    animation: !prefersReducedMotion(),
    textStyle,
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle, data: series.map((item) => item.name as string) },
    tooltip: {
      trigger: 'item',
      confine: true,
      extraCssText: 'max-width: 320px; white-space: normal;',
    },
    xAxis: {
      type: 'time',
      // A little room on both sides, so that the first and last points are not cut at the edge.
      min: ({ min, max }: { min: number; max: number }) => min - padding(min, max),
      max: ({ min, max }: { min: number; max: number }) => max + padding(min, max),
      axisLabel: {
        color: theme.text,
        hideOverlap: true,
        formatter: (ms: number) => month.format(ms),
      },
      axisLine: { lineStyle: { color: theme.grid } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      axisLabel: { color: theme.text, formatter: (n: number) => axisNumber.format(n) },
      splitLine: { lineStyle: { color: theme.grid, type: 'dotted' } },
    },
    series,
  };
}

interface TargetPathPoint {
  date: string;
  value: number;
  /** The baseline the line starts from. */
  start: boolean;
  dateLabel: string;
}

/** From the baseline (when dated) through every target, in the order of their dates. */
function targetLine(data: TrendChartData, locale: string): TargetPathPoint[] {
  if (data.targets.length === 0) return [];
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // Read at noon, so that no time zone moves a calendar date to the day before.
  const point = (date: string, value: number, start: boolean) => ({
    date,
    value,
    start,
    dateLabel: day.format(new Date(`${date}T12:00:00`)),
  });
  const targets = [...data.targets]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((target) => point(target.date, target.value, false));
  const baseline = data.baseline;
  return baseline?.date ? [point(baseline.date, baseline.value, true), ...targets] : targets;
}

/** Whether the targets lie below the baseline (lower is better). */
function targetsBelow(data: TrendChartData): boolean {
  const last = [...data.targets].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  return last !== undefined && data.baseline !== null && last.value < data.baseline.value;
}

/** A twentieth of the time shown, at least a month. */
function padding(min: number, max: number): number {
  return Math.max((max - min) / 20, 31 * 86_400_000);
}

function pointTooltip(
  point: TrendPoint | undefined,
  texts: TrendChartTexts,
  value: (n: number) => string,
): string {
  if (!point) return '';
  const lines = [`<strong>${escapeHtml(point.label)}</strong>`, escapeHtml(value(point.value))];
  if (point.cases !== undefined && point.cases !== null) {
    lines.push(`${escapeHtml(texts.cases)}: ${escapeHtml(String(point.cases))}`);
  }
  for (const comment of point.comments ?? []) {
    lines.push(`<em>${escapeHtml(comment)}</em>`);
  }
  return lines.join('<br>');
}

function indexOf(params: TooltipComponentFormatterCallbackParams): number {
  const single = Array.isArray(params) ? params[0] : params;
  return single?.dataIndex ?? -1;
}

/** ECharts writes a tooltip as HTML: comments are what members typed and must stay text. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
