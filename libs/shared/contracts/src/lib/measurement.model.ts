import type { UserRef } from './user.model';

/**
 * A value entered by a data steward is submitted and reviewed by coordination, who approves it
 * or returns it with a comment; coordination's own entries are approved on entry. Only approved
 * values feed dashboards and reports.
 */
export const MEASUREMENT_STATUSES = ['submitted', 'approved', 'returned'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export const MEASUREMENT_LIMITS = {
  sourceNote: 1000,
  reason: 1000,
  comment: 2000,
  value: 1_000_000_000_000,
  cases: 100_000_000,
} as const;

/** A disaggregation cell: one value per chosen dimension; empty for the indicator's total. */
export type Cell = { dimensionId: string; valueId: string }[];

/** One earlier state of a measurement: corrections never overwrite without a trace. */
export interface MeasurementRevision {
  value: number;
  cases: number | null;
  sourceNote: string;
  status: MeasurementStatus;
  changedBy: UserRef | null;
  changedAt: string;
  /** Why it changed (a correction's reason, a return's comment). */
  reason: string;
}

export interface MeasurementComment {
  id: string;
  author: UserRef | null;
  body: string;
  createdAt: string;
}

export interface Measurement {
  id: string;
  indicatorId: string;
  /** The period, following the indicator's frequency: `2026-11`, `2026-Q4`, `2026-H2`, `2026`. */
  period: string;
  periodStart: string;
  periodEnd: string;
  cell: Cell;
  value: number;
  /** How many cases (people) the value rests on, when known. */
  cases: number | null;
  sourceNote: string;
  status: MeasurementStatus;
  enteredBy: UserRef | null;
  enteredAt: string;
  reviewedBy: UserRef | null;
  reviewedAt: string | null;
  /** Coordination's comment when it returned the value for revision. */
  reviewComment: string | null;
  /** Earlier states, newest first. */
  history: MeasurementRevision[];
  comments: MeasurementComment[];
  version: number;
}

export interface MeasurementInput {
  period: string;
  cell?: Cell;
  value: number;
  cases?: number | null;
  sourceNote?: string;
}

export type CreateMeasurementRequest = MeasurementInput;

/** A correction: the previous value is kept with who, when and `reason`. */
export interface UpdateMeasurementRequest {
  value?: number;
  cases?: number | null;
  sourceNote?: string;
  reason: string;
  version: number;
}

export interface ReviewMeasurementRequest {
  decision: 'approve' | 'return';
  /** Required when returning: the steward reads why. */
  comment?: string;
  version: number;
}

export interface CreateMeasurementCommentRequest {
  body: string;
}

export interface MeasurementListQuery {
  status?: MeasurementStatus;
  /** Only the total (no cell), or every cell. */
  cells?: 'total' | 'all';
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** The answer to a valid import; importing the same rows again changes nothing. */
export interface MeasurementImportResult {
  created: number;
  updated: number;
  unchanged: number;
}
