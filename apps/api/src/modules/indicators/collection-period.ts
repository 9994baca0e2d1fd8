import type { CollectionFrequency } from '@gw/shared/contracts';

/** One reporting period of an indicator: `2026-11`, `2026-Q4`, `2026-H2` or `2026`. */
export interface CollectionPeriod {
  key: string;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
}

/** A value is due this many days after its period ends. */
export const DELIVERY_GRACE_DAYS = 14;

/** How many months one period of each frequency spans. */
const MONTHS: Record<CollectionFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

const KEY_PATTERNS: Record<CollectionFrequency, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  half_yearly: /^(\d{4})-H([12])$/,
  yearly: /^(\d{4})$/,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The period of `frequency` whose `index` (1-based month, quarter or half) falls in `year`. */
function period(frequency: CollectionFrequency, year: number, index: number): CollectionPeriod {
  const months = MONTHS[frequency];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const key = {
    monthly: `${year}-${pad(index)}`,
    quarterly: `${year}-Q${index}`,
    half_yearly: `${year}-H${index}`,
    yearly: `${year}`,
  }[frequency];
  return {
    key,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

/** The period of the given frequency that contains the date (YYYY-MM-DD). */
export function periodContaining(frequency: CollectionFrequency, date: string): CollectionPeriod {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return period(frequency, year, Math.floor((month - 1) / MONTHS[frequency]) + 1);
}

/** The period a key such as `2026-Q4` names, or null when it is not a key of that frequency. */
export function periodByKey(frequency: CollectionFrequency, key: string): CollectionPeriod | null {
  const match = KEY_PATTERNS[frequency].exec(key);
  if (!match) return null;
  return period(frequency, Number(match[1]), match[2] === undefined ? 1 : Number(match[2]));
}

/** The period right after the given one. */
export function nextPeriod(frequency: CollectionFrequency, current: CollectionPeriod) {
  return periodContaining(frequency, addDays(current.end, 1));
}

/** When a value for the period is due: DELIVERY_GRACE_DAYS after it ends. */
export function dueDateOf(current: CollectionPeriod): string {
  return addDays(current.end, DELIVERY_GRACE_DAYS);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs more than using it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone. */
export function calendarDateIn(timeZone: string, instant: Date): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** How many past periods of an indicator the collection plan and the to-dos look back. */
export const MISSING_PERIODS_LOOKED_BACK = 4;

/**
 * The periods of an indicator that have ended before `day` without a value, newest last: at most
 * the last MISSING_PERIODS_LOOKED_BACK, and only those ending after `since` (the baseline's date
 * or the day the indicator was defined), so that a new indicator is not late for its past.
 */
export function missingPeriods(
  frequency: CollectionFrequency,
  since: string,
  measured: ReadonlySet<string>,
  day: string,
): CollectionPeriod[] {
  const missing: CollectionPeriod[] = [];
  let current = periodContaining(frequency, day);
  for (let back = 0; back < MISSING_PERIODS_LOOKED_BACK; back++) {
    current = periodContaining(frequency, addDays(current.start, -1));
    if (current.end <= since) break;
    if (!measured.has(current.key)) missing.unshift(current);
  }
  return missing;
}
