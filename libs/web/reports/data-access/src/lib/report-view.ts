import {
  type IndicatorStatus,
  type IndicatorVisibility,
  type PublicReport,
  publicSuppression,
  type ReportIndicator,
  type ReportPeriodType,
} from '@gw/shared/contracts';

/** Calendar parts of an ISO date, without a time zone in the way. */
function parts(iso: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return [year, month, day];
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The period a new report will cover, as the API computes it: the quarter, half-year or year
 * containing `date`, or the range as given. Shown in the dialog before the report is created.
 */
export function periodFor(
  type: ReportPeriodType,
  date: string,
  end?: string,
): { start: string; end: string } {
  if (type === 'custom') return { start: date, end: end ?? date };
  const [year, month] = parts(date);
  const months = type === 'quarter' ? 3 : type === 'half_year' ? 6 : 12;
  const first = Math.floor((month - 1) / months) * months + 1;
  const last = first + months - 1;
  return {
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/**
 * The last day of the latest complete period of a type before `today`: a new report is about what
 * has ended, not the period still running. A custom range starts with the last complete quarter.
 */
export function lastCompletePeriodDay(type: ReportPeriodType, today: string): string {
  const { start } = periodFor(type === 'custom' ? 'quarter' : type, today);
  const [year, month] = parts(start);
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  return `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
}

/** A disaggregated value, the same for members (with its cases) and the public (suppressed). */
export interface CellView {
  label: string;
  value: number | null;
  cases: number | null;
  /** Hidden from the public: too few cases. */
  suppressed: boolean;
}

/** An indicator of a report as its table shows it, for members and for the public alike. */
export interface IndicatorView {
  id: string;
  name: string;
  unit: string;
  /** Null on the public page, where every indicator is public. */
  visibility: IndicatorVisibility | null;
  values: { period: string; periodEnd: string; value: number; cases: number | null }[];
  baseline: number | null;
  baselineDate: string | null;
  target: number | null;
  targetDate: string | null;
  status: IndicatorStatus;
  cells: CellView[];
}

type PublicIndicator = PublicReport['goals'][number]['indicators'][number];

const cellLabel = (cell: { dimension: string; value: string }[]) =>
  cell.map((part) => `${part.dimension}: ${part.value}`).join(', ');

function common(indicator: ReportIndicator | PublicIndicator) {
  return {
    id: indicator.indicatorId,
    name: indicator.name,
    unit: indicator.unit,
    values: indicator.values.map(({ period, periodEnd, value, cases }) => ({
      period,
      periodEnd,
      value,
      cases,
    })),
    baseline: indicator.baseline.value,
    baselineDate: indicator.baseline.date,
    target: indicator.target?.value ?? null,
    targetDate: indicator.target?.date ?? null,
    status: indicator.status,
  };
}

/**
 * A member's view: every cell with its number of cases; the cells the public link will suppress
 * (small ones, and those that would give a small one away) are marked.
 */
export function memberIndicatorView(indicator: ReportIndicator, threshold: number): IndicatorView {
  const { hidden } = publicSuppression(indicator, threshold);
  return {
    ...common(indicator),
    visibility: indicator.visibility,
    cells: indicator.cells.map((cell, index) => ({
      label: cellLabel(cell.cell),
      value: cell.value,
      cases: cell.cases,
      suppressed: hidden[index] === true,
    })),
  };
}

/** The public's view: suppressed cells come without a value. */
export function publicIndicatorView(indicator: PublicIndicator): IndicatorView {
  return {
    ...common(indicator),
    visibility: null,
    cells: indicator.cells.map((cell) => ({
      label: cellLabel(cell.cell),
      value: cell.value,
      cases: null,
      suppressed: cell.suppressed,
    })),
  };
}

/** The latest value of the period: what the indicator stands at. */
export const latestValue = (view: IndicatorView): number | null =>
  view.values.at(-1)?.value ?? null;

/**
 * A number in the UI's language with its unit: "65 %", "1.200 Personen"; a percent sign goes
 * after a space as German typesetting has it.
 */
export function formatValue(value: number | null, unit: string, locale: string): string | null {
  if (value === null) return null;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/** A change with its sign, so that a fall is never read as a level: "+7 %", "−3 Personen", "±0". */
export function formatChange(change: number | null, unit: string, locale: string): string | null {
  if (change === null) return null;
  if (change === 0) return unit ? `±0 ${unit}` : '±0';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
    Math.abs(change),
  );
  const signed = `${change > 0 ? '+' : '\u2212'}${number}`;
  return unit ? `${signed} ${unit}` : signed;
}
