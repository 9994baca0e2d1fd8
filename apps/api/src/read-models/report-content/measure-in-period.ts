import type { MeasureStatus } from '@gw/shared/contracts';

/** What a report needs to know of a measure to place it in its period. */
export interface MeasureFacts {
  status: MeasureStatus;
  startDate: string | null;
  endDate: string | null;
  /** Due date of its earliest milestone not yet done. */
  firstOpenMilestone: string | null;
}

export interface ReportPeriod {
  start: string;
  end: string;
  /** The day the report is generated: what lies after it has not happened yet. */
  today: string;
}

/** How a measure stood within a report's period. */
export interface MeasureInPeriod {
  completed: boolean;
  started: boolean;
  delayed: boolean;
}

/**
 * A measure's place in a report's period. Measures keep no history of their status, so it is
 * derived from what they have, dates all in YYYY-MM-DD:
 * - completed: completed now, and its end date lies in the period (or it has none);
 * - started: its start date lies in the period;
 * - delayed: it had begun by the period's end (no start date counts as begun), is neither
 *   cancelled nor completed, and either is delayed now or has a milestone that was due by the
 *   period's end, has passed, and is still not done. A measure that starts after the period is
 *   never delayed in it, whatever its status says today.
 */
export function measureInPeriod(measure: MeasureFacts, period: ReportPeriod): MeasureInPeriod {
  const { start, end, today } = period;
  const within = (date: string | null) => date !== null && date >= start && date <= end;
  const begun = measure.startDate === null || measure.startDate <= end;
  const milestoneLate =
    measure.firstOpenMilestone !== null &&
    measure.firstOpenMilestone <= end &&
    measure.firstOpenMilestone < today;
  const underWay = measure.status !== 'completed' && measure.status !== 'cancelled';
  return {
    completed:
      measure.status === 'completed' && (measure.endDate === null || within(measure.endDate)),
    started: within(measure.startDate),
    delayed: begun && underWay && (measure.status === 'delayed' || milestoneLate),
  };
}
