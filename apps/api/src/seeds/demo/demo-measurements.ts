import type { CollectionPeriod } from '../../modules/indicators/collection-period';
import { addDays, periodContaining, nextPeriod } from '../../modules/indicators/collection-period';
import type { DemoIndicator } from './demo-indicators';

/**
 * How the demo's measured values look: per indicator whether it counts people (cells split the
 * total) or is a rate (cells scatter around it), how many cases the total rests on, how the
 * cases spread over each dimension's values (in the dimension's order), and who delivers it.
 */
export interface DemoSeries {
  indicator: string;
  kind: 'count' | 'rate';
  /** Rates: the cases of the total per period; counts rest on the value itself. */
  cases: number;
  weights: Record<string, number[]>;
  /** Rates: how far each cell lies from the total, per dimension value. */
  offsets?: Record<string, number[]>;
  /** The first period, for an indicator without a baseline date. */
  firstDate?: string;
  /** Login of who enters the values: a steward (coordination approves), or coordination. */
  enteredBy: string;
  sourceNote: string;
}

const DISTRICTS = [0.24, 0.27, 0.22, 0.19, 0.08];

export const DEMO_SERIES: DemoSeries[] = [
  {
    indicator: 'Teilnehmende am Übergangscoaching',
    kind: 'count',
    cases: 0,
    weights: { Stadtteil: DISTRICTS, Altersgruppe: [0.62, 0.31, 0.07] },
    enteredBy: 'arbeitsgruppe',
    sourceNote: 'Dokumentation der Coaches (AWO)',
  },
  {
    indicator: 'Vermittelte Praktikumsplätze',
    kind: 'count',
    cases: 0,
    weights: { Stadtteil: DISTRICTS },
    enteredBy: 'handwerkskammer',
    sourceNote: 'Praktikumsbörse der Kreishandwerkerschaft',
  },
  {
    indicator: 'Zufriedenheit mit der Beratung',
    kind: 'rate',
    cases: 140,
    weights: { Altersgruppe: [0.58, 0.39, 0.03] },
    offsets: { Altersgruppe: [2.5, -1.5, -9] },
    firstDate: '2025-06-30',
    enteredBy: 'koordination',
    sourceNote: 'Kurzbefragung am Ende der Begleitung',
  },
  {
    indicator: 'Erstberatung junger Geflüchteter binnen vier Wochen',
    kind: 'rate',
    cases: 60,
    weights: { Altersgruppe: [0.45, 0.48, 0.07] },
    offsets: { Altersgruppe: [6, -3, -12] },
    enteredBy: 'integrationszentrum',
    sourceNote: 'Fallstatistik der Clearingstelle',
  },
  {
    indicator: 'Abgängerinnen und Abgänger mit Anschlussperspektive',
    kind: 'rate',
    cases: 640,
    weights: { Stadtteil: DISTRICTS },
    offsets: { Stadtteil: [3.5, -5.5, 1.5, -2, 4] },
    enteredBy: 'schulamt',
    sourceNote: 'Gemeinsame Verbleibsabfrage der Abgangsklassen',
  },
  {
    indicator: 'Vorzeitig gelöste Ausbildungsverträge',
    kind: 'rate',
    cases: 420,
    weights: { Altersgruppe: [0.22, 0.63, 0.15] },
    offsets: { Altersgruppe: [4.5, -1, -3.5] },
    enteredBy: 'berufskolleg',
    sourceNote: 'Ausbildungsstatistik von Kreishandwerkerschaft und IHK',
  },
];

/** One planned value: a period's total (no cell) or one cell (one dimension value). */
export interface DemoValue {
  period: CollectionPeriod;
  cell: { dimension: string; value: string } | null;
  value: number;
  cases: number;
}

/**
 * The periods from the one holding the baseline date (or the series' first date) through the
 * last one that has ended before `today`.
 */
export function demoPeriods(
  indicator: DemoIndicator,
  series: DemoSeries,
  today: string,
): CollectionPeriod[] {
  const first = indicator.baseline.date ?? series.firstDate;
  if (!first) return [];
  const periods: CollectionPeriod[] = [];
  for (
    let period = periodContaining(indicator.frequency, first);
    period.end < today;
    period = nextPeriod(indicator.frequency, period)
  ) {
    periods.push(period);
  }
  return periods;
}

/**
 * Values that follow the straight path from baseline to the first target (a little behind it,
 * as real programmes are), with a steady wobble: the total and one value per dimension value.
 */
export function demoValues(
  indicator: DemoIndicator,
  series: DemoSeries,
  dimensions: { name: string; values: string[] }[],
  today: string,
): DemoValue[] {
  return demoPeriods(indicator, series, today).flatMap((period) => {
    const path = expected(indicator, period);
    const noise = wobble(`${indicator.name}|${period.key}`);
    const total = round(series.kind === 'count' ? path * (1 + 0.06 * noise) : path + 1.2 * noise);
    const totalCases = series.kind === 'count' ? Math.round(total) : series.cases;
    const values: DemoValue[] = [
      {
        period,
        cell: null,
        value: series.kind === 'count' ? Math.round(total) : total,
        cases: totalCases,
      },
    ];
    for (const name of indicator.dimensions) {
      const dimension = dimensions.find((d) => d.name === name);
      const weights = series.weights[name];
      if (!dimension || !weights) continue;
      const shares = split(totalCases, weights);
      dimension.values.forEach((value, index) => {
        const offset = series.offsets?.[name]?.[index] ?? 0;
        const jitter = 1.5 * wobble(`${indicator.name}|${period.key}|${value}`);
        values.push({
          period,
          cell: { dimension: name, value },
          value:
            series.kind === 'count'
              ? (shares[index] ?? 0)
              : round(Math.min(100, Math.max(0, total + offset + jitter))),
          cases: shares[index] ?? 0,
        });
      });
    }
    return values;
  });
}

/** Where the straight path from baseline to the first target stands at the period's end. */
function expected(indicator: DemoIndicator, period: CollectionPeriod): number {
  const target = indicator.targets[0];
  const start = indicator.baseline.value ?? (target ? target.value * 0.9 : 0);
  const from = indicator.baseline.date ?? addDays(period.end, -365);
  if (!target) return start;
  const progress = Math.max(0, days(from, period.end) / days(from, target.date));
  return start + (target.value - start) * Math.min(1, progress) * 0.85;
}

const days = (from: string, to: string) =>
  Math.max(1, (Date.parse(to) - Date.parse(from)) / 86_400_000);

const round = (value: number) => Math.round(value * 10) / 10;

/** A steady pseudo-random number in [-1, 1] for a text: the same demo on every start. */
function wobble(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return ((hash >>> 0) / 0xffffffff) * 2 - 1;
}

/** Splits a whole number by weights so that the parts add up (largest remainder). */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, index] of order) {
    if (rest <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    rest -= 1;
  }
  return parts;
}
