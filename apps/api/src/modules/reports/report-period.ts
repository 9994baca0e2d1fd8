import type { CollectionFrequency, ReportPeriodType } from '@gw/shared/contracts';
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

/** The period a report covers: the quarter, half-year or year containing `start`, or the range. */
export function reportPeriod(type: ReportPeriodType, start: string, end?: string): ReportPeriod {
  if (type === 'custom') {
    const last = end ?? start;
    return { start, end: last, label: `${german(start)} – ${german(last)}` };
  }
  const period = periodContaining(FREQUENCY[type], start);
  const [year, part] = period.key.split('-');
  const label =
    type === 'quarter'
      ? `${part?.slice(1)}. Quartal ${year}`
      : type === 'half_year'
        ? `${part?.slice(1)}. Halbjahr ${year}`
        : `${year}`;
  return { start: period.start, end: period.end, label };
}
