import type { CollectionFrequency } from './indicator.model';

/** A reporting period's key as the API writes it: `2026`, `2026-H2`, `2026-Q4`, `2026-11`. */
const PERIOD_KEY = /^(\d{4})(?:-(Q|H)?(\d{1,2}))?$/;

export type PeriodKeyParts =
  | { kind: 'year'; year: number }
  | { kind: 'half' | 'quarter' | 'month'; year: number; n: number };

/**
 * The parts of a period key, or null for anything else. The one reading of the key behind every
 * place that says a period in words (the web's `formatPeriod`, the API's PDFs).
 */
export function periodKeyParts(key: string): PeriodKeyParts | null {
  const match = PERIOD_KEY.exec(key);
  if (!match) return null;
  const [, year, kind, index] = match;
  if (!index) return { kind: 'year', year: Number(year) };
  const n = Number(index);
  return {
    kind: kind === 'Q' ? 'quarter' : kind === 'H' ? 'half' : 'month',
    year: Number(year),
    n,
  };
}

/** How many months one period of each frequency spans. */
const MONTHS_PER_PERIOD: Record<CollectionFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

/**
 * How many periods the entry form offers, newest first: about two years back, so that a late
 * delivery can still be entered; older values come through the import.
 */
export const PERIODS_OFFERED: Record<CollectionFrequency, number> = {
  monthly: 24,
  quarterly: 9,
  half_yearly: 5,
  yearly: 3,
};

/**
 * The keys of the period containing `today` (YYYY-MM-DD) and the `count - 1` before it, newest
 * first, written as the API keys them (`2026-11`, `2026-Q4`, `2026-H2`, `2026`).
 */
export function recentPeriodKeys(
  frequency: CollectionFrequency,
  today: string,
  count = PERIODS_OFFERED[frequency],
): string[] {
  const months = MONTHS_PER_PERIOD[frequency];
  const perYear = 12 / months;
  const [year, month] = today.split('-').map(Number) as [number, number];
  // Periods counted from year 0, so that stepping back crosses years by plain division.
  const current = year * perYear + Math.floor((month - 1) / months);
  return Array.from({ length: count }, (_, back) => {
    const index = current - back;
    const y = Math.floor(index / perYear);
    const n = (index % perYear) + 1;
    return {
      monthly: `${y}-${String(n).padStart(2, '0')}`,
      quarterly: `${y}-Q${n}`,
      half_yearly: `${y}-H${n}`,
      yearly: `${y}`,
    }[frequency];
  });
}
