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
