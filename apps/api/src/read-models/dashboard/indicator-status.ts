import type {
  CollectionFrequency,
  IndicatorDirection,
  IndicatorStatus,
} from '@gw/shared/contracts';
import { addDays, dueDateOf, periodContaining } from '../../modules/indicators/collection-period';

/** Below the straight path by no more than this share of the planned change: at risk. */
export const AT_RISK_TOLERANCE = 0.1;

export interface PathInput {
  direction: IndicatorDirection;
  baseline: { value: number | null; date: string | null };
  target: { value: number; date: string } | null;
  latest: { value: number; date: string } | null;
}

const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * Where the straight line from the baseline to the target stands on `date` (before the baseline:
 * the baseline; after the target: the target).
 */
export function expectedOn(
  baseline: { value: number; date: string },
  target: { value: number; date: string },
  date: string,
): number {
  const span = day(target.date) - day(baseline.date);
  if (span <= 0) return target.value;
  const share = Math.min(1, Math.max(0, (day(date) - day(baseline.date)) / span));
  return baseline.value + share * (target.value - baseline.value);
}

/**
 * On track when the latest value is on or ahead of the straight path from baseline to target;
 * at risk when it lags by at most 10 % of the planned change; off track beyond that. Without a
 * value: no data; with a value but no baseline or target to draw the path: no path.
 */
export function indicatorStatus(input: PathInput): {
  status: IndicatorStatus;
  expected: number | null;
} {
  const { baseline, target, latest } = input;
  if (!latest) return { status: 'no_data', expected: null };
  if (!target || baseline.value === null || baseline.date === null) {
    return { status: 'no_path', expected: null };
  }
  const expected = expectedOn({ value: baseline.value, date: baseline.date }, target, latest.date);
  const better = input.direction === 'higher_is_better' ? 1 : -1;
  const lag = (expected - latest.value) * better;
  const tolerance = Math.abs(target.value - baseline.value) * AT_RISK_TOLERANCE;
  const status = lag <= 0 ? 'on_track' : lag <= tolerance ? 'at_risk' : 'off_track';
  return { status, expected };
}

/** The target that matters at `date`: the first one on or after it, else the last one. */
export function nextTarget<T extends { date: string }>(targets: T[], date: string): T | null {
  const sorted = [...targets].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.find((target) => target.date >= date) ?? sorted.at(-1) ?? null;
}

/**
 * The latest value (of the period ending `periodEnd`) is outdated on `today` when a newer period's
 * value is due: that period has ended and its delivery grace has passed.
 */
export function isOutdated(frequency: CollectionFrequency, periodEnd: string, today: string) {
  const before = (period: { start: string }) =>
    periodContaining(frequency, addDays(period.start, -1));
  let due = before(periodContaining(frequency, today));
  // The grace is shorter than any period: at most one period back is still within it.
  if (dueDateOf(due) > today) due = before(due);
  return periodEnd < due.end;
}
