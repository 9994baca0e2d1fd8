import {
  type CollectionFrequency,
  periodKeyParts,
  type ReportPeriodType,
} from '@gw/shared/contracts';
import { periodContaining } from '../indicators/collection-period';

const FREQUENCY: Record<Exclude<ReportPeriodType, 'custom'>, CollectionFrequency> = {
  quarter: 'quarterly',
  half_year: 'half_yearly',
  year: 'yearly',
};

export interface ReportPeriod {
  start: string;
  end: string;
  /** German: "3. Quartal 2026", "2. Halbjahr 2026", "2026", "01.03.2026 – 31.08.2026". */
  label: string;
}

const german = (date: string) => date.split('-').reverse().join('.');

const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A reporting period's key in German words, as the web says it (`formatPeriod`): `2026-Q2` →
 * „2. Quartal 2026“, `2026-H2` → „2. Halbjahr 2026“, `2026-11` → „November 2026“, `2026` → „2026“.
 * An unknown key is given back as it is.
 */
export function periodName(key: string): string {
  const parts = periodKeyParts(key);
  if (!parts) return key;
  if (parts.kind === 'year') return String(parts.year);
  if (parts.kind === 'quarter') return `${parts.n}. Quartal ${parts.year}`;
  if (parts.kind === 'half') return `${parts.n}. Halbjahr ${parts.year}`;
  return MONTH.format(new Date(Date.UTC(parts.year, parts.n - 1, 15)));
}

/** The period a report covers: the quarter, half-year or year containing `start`, or the range. */
export function reportPeriod(type: ReportPeriodType, start: string, end?: string): ReportPeriod {
  if (type === 'custom') {
    const last = end ?? start;
    return { start, end: last, label: `${german(start)} – ${german(last)}` };
  }
  const period = periodContaining(FREQUENCY[type], start);
  return { start: period.start, end: period.end, label: periodName(period.key) };
}
