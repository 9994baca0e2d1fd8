import type { AuditAction } from './artifact.model';
import type { CollectionFrequency } from './indicator.model';
import type { MeasureStatus } from './measure.model';
import type { Phase } from './phase';
import type { StepStatus } from './step.model';
import type { UserRef } from './user.model';

/**
 * Judged against the straight path from baseline to the next target. `no_path`: there is a value
 * but no baseline or no target to judge it by; `no_data`: there is no value yet.
 */
export const INDICATOR_STATUSES = [
  'on_track',
  'at_risk',
  'off_track',
  'no_path',
  'no_data',
] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export interface IndicatorSummary {
  indicatorId: string;
  name: string;
  unit: string;
  direction: 'higher_is_better' | 'lower_is_better';
  frequency: CollectionFrequency;
  latest: { period: string; periodEnd: string; value: number } | null;
  /**
   * The latest value is older than the indicator's frequency allows: a newer period's value was
   * due (its period ended and the delivery grace passed) and none is approved.
   */
  outdated: boolean;
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
  /** For values: the reporting period (`2026-Q2`), apart from the indicator's name in `subject`. */
  period?: string;
}

/** The dashboard shows this many of the newest entries; `GET …/dashboard/activity` pages all. */
export const DASHBOARD_ACTIVITY_SHOWN = 10;

export interface Dashboard {
  phase: Phase;
  steps: { phase: Phase; counts: Record<StepStatus, number> }[];
  measures: { byStatus: Record<MeasureStatus, number>; total: number };
  overdueMilestones: { measureId: string; measureTitle: string; title: string; dueDate: string }[];
  indicators: IndicatorSummary[];
  /** The newest entries of the last 30 days (`DASHBOARD_ACTIVITY_SHOWN`), newest first. */
  activity: ActivityEntry[];
  /** All entries of the 30 days; `GET …/dashboard/activity` pages through them. */
  activityTotal: number;
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
