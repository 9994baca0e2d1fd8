import type { AuditAction } from './artifact.model';
import type { MeasureStatus } from './measure.model';
import type { Phase } from './phase';
import type { StepStatus } from './step.model';
import type { UserRef } from './user.model';

/** Judged against the straight path from baseline to the next target. */
export const INDICATOR_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export interface IndicatorSummary {
  indicatorId: string;
  name: string;
  unit: string;
  direction: 'higher_is_better' | 'lower_is_better';
  latest: { period: string; periodEnd: string; value: number } | null;
  baseline: { value: number | null; date: string | null };
  nextTarget: { value: number; date: string } | null;
  /** Where the straight path from baseline to the next target stands at the latest period. */
  expected: number | null;
  status: IndicatorStatus;
}

export interface ActivityEntry {
  at: string;
  actor: UserRef | null;
  /** What happened: an artifact's audit action, a value entered or approved, a phase change. */
  kind: 'artifact' | 'measurement' | 'transition';
  action: AuditAction | 'value_entered' | 'value_approved' | 'phase_proposed' | 'phase_decided';
  subject: string;
}

export interface Dashboard {
  phase: Phase;
  steps: { phase: Phase; counts: Record<StepStatus, number> }[];
  measures: { byStatus: Record<MeasureStatus, number>; total: number };
  overdueMilestones: { measureId: string; measureTitle: string; title: string; dueDate: string }[];
  indicators: IndicatorSummary[];
  /** The last 30 days, newest first. */
  activity: ActivityEntry[];
}

/** One point of an indicator's series: an approved value of one period (and cell). */
export interface SeriesPoint {
  period: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  cases: number | null;
  comments: { author: string; body: string }[];
}

export interface IndicatorSeries {
  indicatorId: string;
  total: SeriesPoint[];
  /** Per disaggregation cell (for the latest period and over time). */
  cells: { cell: { dimension: string; value: string }[]; points: SeriesPoint[] }[];
  baseline: { value: number | null; date: string | null };
  targets: { value: number; date: string }[];
}
