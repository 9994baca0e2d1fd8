/** One measured value on the time axis, e.g. the approved total of a period. */
export interface TrendPoint {
  /** How people name the period, e.g. „2. Halbjahr 2026“; shown in the tooltip. */
  label: string;
  /** Where the point sits on the time axis (YYYY-MM-DD): the end of its period. */
  date: string;
  value: number;
  cases?: number | null;
  /** The stories behind the value, e.g. `Name: text`; shown in the tooltip. */
  comments?: string[];
}

export interface TrendTarget {
  /** YYYY-MM-DD */
  date: string;
  value: number;
}

/** What a trend chart shows: actual values, the baseline they started from and the targets. */
export interface TrendChartData {
  /** Written after every value, e.g. `%`, `Plätze`; empty for none. */
  unit: string;
  points: TrendPoint[];
  /** The horizontal reference line; the target line starts here when it has a date. */
  baseline: { value: number; date: string | null } | null;
  targets: TrendTarget[];
}

/** The chart's words in the UI's language: the caller translates, the chart injects nothing. */
export interface TrendChartTexts {
  actual: string;
  baseline: string;
  target: string;
  cases: string;
}

/** Colours of the app's theme the chart draws with, read from its CSS custom properties. */
export interface TrendChartTheme {
  actual: string;
  target: string;
  baseline: string;
  text: string;
  grid: string;
  font: string;
}
