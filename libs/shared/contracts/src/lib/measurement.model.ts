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
  /** Values of one delivery (an indicator's period): its total and cells. */
  deliveryValues: 500,
} as const;

/**
 * A disaggregation cell: one value per chosen dimension, each a dimension the indicator uses
 * (e.g. Stadtteil=Mitte × Altersgruppe=14–17, or Stadtteil=Mitte alone); empty for the
 * indicator's total. Answers list the entries in the order of the dimensions.
 */
export type Cell = { dimensionId: string; valueId: string }[];

/** What ended an earlier state: a correction, coordination returning it, or approving it. */
export const MEASUREMENT_REVISION_ACTIONS = ['corrected', 'returned', 'approved'] as const;
export type MeasurementRevisionAction = (typeof MEASUREMENT_REVISION_ACTIONS)[number];

/**
 * One earlier state of a measurement (value, cases, source note and status as they were) and
 * the change that ended it: who, when, why. Corrections never overwrite without a trace.
 */
export interface MeasurementRevision {
  value: number;
  cases: number | null;
  sourceNote: string;
  status: MeasurementStatus;
  action: MeasurementRevisionAction;
  /** Who made the change; the name stays when the account is deleted. */
  changedBy: UserRef | null;
  changedAt: string;
  /** Why it changed: a correction's reason, a return's comment, an approval's optional comment. */
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
  /** Who entered the value first, and when; later corrections are in `history`. */
  enteredBy: UserRef | null;
  enteredAt: string;
  reviewedBy: UserRef | null;
  reviewedAt: string | null;
  /**
   * Coordination's comment when it returned the value for revision (or approved it with one).
   * Cleared by a correction; the history keeps it.
   */
  reviewComment: string | null;
  /** Earlier states, newest first. */
  history: MeasurementRevision[];
  /** Members' comments on the value (the story behind the data point), oldest first. */
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

/** One value of a delivery: the total (no cell) or a cell, with its cases. */
export interface DeliveryValueInput {
  cell?: Cell;
  value: number;
  cases?: number | null;
}

/**
 * A period's total and cells entered at once: all are written or none, each problem named by
 * its place (`values.2.value`, `values.3.cell`).
 */
export interface CreateDeliveryRequest {
  period: string;
  /** The source of every value of the delivery. */
  sourceNote?: string;
  values: DeliveryValueInput[];
}

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

/** A value as the client last read it. */
export interface ValueVersion {
  id: string;
  version: number;
}

/**
 * Approves or returns a delivery at once: every value of one indicator and period that awaits
 * review. `values` are those the client showed; the API refuses (409) unless they are exactly
 * the delivery's submitted values, at these versions.
 */
export interface ReviewDeliveryRequest {
  period: string;
  decision: 'approve' | 'return';
  /** Required when returning: the stewards read why. */
  comment?: string;
  values: ValueVersion[];
}

export interface CreateMeasurementCommentRequest {
  body: string;
}

export const MEASUREMENT_CELL_FILTERS = ['total', 'all'] as const;
export type MeasurementCellFilter = (typeof MEASUREMENT_CELL_FILTERS)[number];

/** Newest period first; within a period the total, then the cells in dimension order. */
export interface MeasurementListQuery {
  status?: MeasurementStatus;
  /** Only the total (no cell), or every cell (the default). */
  cells?: MeasurementCellFilter;
  /** YYYY-MM-DD: values of periods that end on or after this day. */
  from?: string;
  /** YYYY-MM-DD: values of periods that start on or before this day. */
  to?: string;
  page?: number;
  pageSize?: number;
}

export const MEASUREMENT_FILE_FORMATS = ['csv', 'xlsx'] as const;
export type MeasurementFileFormat = (typeof MEASUREMENT_FILE_FORMATS)[number];

/** `GET .../measurements/template` and `POST .../measurements/import` */
export interface MeasurementFileQuery {
  format: MeasurementFileFormat;
}

/**
 * The answer to a valid import; importing the same rows again changes nothing. A changed value
 * is a correction with the reason "Import" and goes through the same review rules.
 */
export interface MeasurementImportResult {
  created: number;
  /** Existing values whose value, cases or source changed (corrected). */
  updated: number;
  /** Rows equal to the stored value. */
  unchanged: number;
}
