import type {
  Cell,
  Measurement,
  MeasurementComment,
  MeasurementRevision,
  MeasurementRevisionAction,
  MeasurementStatus,
} from '@gw/shared/contracts';
import {
  cellEntriesOf,
  cellLabelsOf,
  cellPositionsOf,
} from '../indicators/indicators-dimensions.queries';
import { userRef } from '../users/user-ref.schema';
import type { ListMeasurementsDto } from './dto/list-measurements.dto';

/** A measurement as read by `MEASUREMENT_BY_ID` and `measurementPage`. */
export interface MeasurementRow {
  id: string;
  indicator_id: string;
  period: string;
  period_start: string;
  period_end: string;
  value: number;
  cases: number | null;
  source_note: string;
  status: MeasurementStatus;
  entered_by: string | null;
  entered_by_name: string | null;
  entered_at: Date;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: Date | null;
  review_comment: string | null;
  version: number;
  cell: Cell;
  history: RevisionJson[];
  comments: CommentJson[];
}

interface RevisionJson {
  value: number;
  cases: number | null;
  sourceNote: string;
  status: MeasurementStatus;
  action: MeasurementRevisionAction;
  changedBy: string | null;
  changedByName: string | null;
  changedAt: string;
  reason: string;
}

export interface CommentJson {
  id: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: string;
}

/** Sorts cells like the dimensions and their values: by (dimension, value) positions. */
const CELL_ORDER = `
  cardinality(m.cell_value_ids), ${cellPositionsOf('m.cell_value_ids')}, m.cell_key`;

/** A timestamp as JSON text in the ISO form JavaScript writes. */
const isoTime = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Measurements with their cell, history (newest first) and comments (oldest first), in one
 * statement whatever the number of rows: the lists come from correlated subqueries on the
 * (measurement_id, …) indexes.
 */
const MEASUREMENT_COLUMNS = `
  m.id, m.indicator_id, m.period, m.period_start::text AS period_start,
  m.period_end::text AS period_end, m.value::float8 AS value, m.cases, m.source_note, m.status,
  m.entered_by, eu.display_name AS entered_by_name, m.entered_at,
  m.reviewed_by, ru.display_name AS reviewed_by_name, m.reviewed_at, m.review_comment, m.version,
  ${cellEntriesOf('m.cell_value_ids')} AS cell,
  coalesce((SELECT jsonb_agg(jsonb_build_object(
                     'value', r.value::float8, 'cases', r.cases, 'sourceNote', r.source_note,
                     'status', r.status, 'action', r.action, 'changedBy', r.changed_by,
                     'changedByName', r.changed_by_name, 'changedAt', ${isoTime('r.changed_at')},
                     'reason', r.reason) ORDER BY r.id DESC)
              FROM measurement_revisions r WHERE r.measurement_id = m.id), '[]') AS history,
  coalesce((SELECT jsonb_agg(jsonb_build_object(
                     'id', c.id, 'authorId', c.author_id, 'authorName', cu.display_name,
                     'body', c.body, 'createdAt', ${isoTime('c.created_at')})
                     ORDER BY c.created_at, c.id)
              FROM measurement_comments c LEFT JOIN users cu ON cu.id = c.author_id
             WHERE c.measurement_id = m.id), '[]') AS comments`;

const MEASUREMENT_FROM = `
  measurements m
  JOIN indicators i ON i.id = m.indicator_id
  LEFT JOIN users eu ON eu.id = m.entered_by
  LEFT JOIN users ru ON ru.id = m.reviewed_by`;

/** Newest period first; within a period the total, then the cells in dimension order. */
const MEASUREMENT_ORDER = `m.period_start DESC, ${CELL_ORDER}, m.id`;

/**
 * One value ($3) of the indicator ($2) of the initiative ($1), if the indicator is of the
 * visibilities $4.
 */
export const MEASUREMENT_BY_ID = `SELECT ${MEASUREMENT_COLUMNS} FROM ${MEASUREMENT_FROM}
  WHERE i.initiative_id = $1 AND m.indicator_id = $2 AND m.id = $3 AND i.visibility = ANY ($4)`;

/** The values $1, in the list's order; for values just written in the caller's transaction. */
export const MEASUREMENTS_BY_IDS = `SELECT ${MEASUREMENT_COLUMNS} FROM ${MEASUREMENT_FROM}
  WHERE m.id = ANY ($1::uuid[]) ORDER BY ${MEASUREMENT_ORDER}`;

/**
 * One page of the list with the total of all pages; `where` from `measurementListWhere`, its
 * parameters followed by the page size and the offset.
 */
export function measurementPage(where: string, parameterCount: number): string {
  return `SELECT ${MEASUREMENT_COLUMNS}, count(*) OVER () AS total FROM ${MEASUREMENT_FROM}
    WHERE ${where} ORDER BY ${MEASUREMENT_ORDER}
    LIMIT $${parameterCount + 1} OFFSET $${parameterCount + 2}`;
}

/** The total of the list, for a page behind the last one. */
export const measurementCount = (where: string) => `
  SELECT count(*)::int AS total FROM measurements m
    JOIN indicators i ON i.id = m.indicator_id WHERE ${where}`;

/** Whether the initiative ($1) has the indicator ($2) and it is of the visibilities $3. */
export const INDICATOR_EXISTS =
  'SELECT 1 FROM indicators WHERE initiative_id = $1 AND id = $2 AND visibility = ANY ($3)';

/**
 * Adds a comment by the user $4 (text $5) to the value $3 of the indicator $2 of the initiative
 * $1, if the indicator is of the visibilities $6; returns it as `CommentJson`, or nothing.
 */
export const INSERT_COMMENT = `
  WITH target AS (
    SELECT m.id FROM measurements m JOIN indicators i ON i.id = m.indicator_id
     WHERE i.initiative_id = $1 AND m.indicator_id = $2 AND m.id = $3
       AND i.visibility = ANY ($6)
  ), inserted AS (
    INSERT INTO measurement_comments (measurement_id, author_id, body)
    SELECT id, $4, $5 FROM target RETURNING id, author_id, body, created_at
  )
  SELECT c.id, c.author_id AS "authorId", u.display_name AS "authorName", c.body,
         ${isoTime('c.created_at')} AS "createdAt"
    FROM inserted c LEFT JOIN users u ON u.id = c.author_id`;

/** A value series point as read by `SERIES_POINTS`. */
export interface PointRow {
  cell_key: string;
  cell: { dimension: string; value: string }[];
  period: string;
  period_start: string;
  period_end: string;
  value: number;
  cases: number | null;
  comments: { author: string; body: string }[];
}

/** The approved values of the indicator ($1) with their comments, by cell (total first), then period. */
export const SERIES_POINTS = `
  SELECT m.cell_key, m.period, m.period_start::text AS period_start,
         m.period_end::text AS period_end, m.value::float8 AS value, m.cases,
         ${cellLabelsOf('m.cell_value_ids')} AS cell,
         coalesce((SELECT jsonb_agg(jsonb_build_object('author', coalesce(u.display_name, ''),
                                                        'body', c.body)
                                    ORDER BY c.created_at, c.id)
                     FROM measurement_comments c LEFT JOIN users u ON u.id = c.author_id
                    WHERE c.measurement_id = m.id), '[]') AS comments
    FROM measurements m
   WHERE m.indicator_id = $1 AND m.status = 'approved'
   ORDER BY ${CELL_ORDER}, m.period_start`;

// For the indicators: whether a change would leave measured values that no longer fit, and
// which periods have their values.

/** The number of the indicator's measured values (an SQL expression). */
export const measurementCountOf = (indicatorId: string) =>
  `(SELECT count(*)::int FROM measurements WHERE indicator_id = ${indicatorId})`;

/** The cells (`cell_value_ids`) of the indicator's measured values, as a table. */
export const measuredCellsOf = (indicatorId: string) =>
  `(SELECT cell_value_ids FROM measurements WHERE indicator_id = ${indicatorId})`;

/**
 * The periods of the indicator that have a value (in any cell and status) and end on or after
 * the date `since`, as a text array (an SQL expression): what the collection plan counts as
 * delivered; the to-dos read it too.
 */
export const measuredPeriodsOf = (indicatorId: string, since: string) =>
  `coalesce((SELECT array_agg(DISTINCT period) FROM measurements
              WHERE indicator_id = ${indicatorId} AND period_end >= ${since}::date), '{}')`;

/** Whether a measured value is broken down by the dimension value (an SQL expression). */
export const isValueMeasured = (valueId: string) =>
  `EXISTS (SELECT 1 FROM measurements m WHERE m.cell_value_ids @> ARRAY[${valueId}])`;

export function toMeasurement(row: MeasurementRow): Measurement {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    period: row.period,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    cell: row.cell,
    value: row.value,
    cases: row.cases,
    sourceNote: row.source_note,
    status: row.status,
    enteredBy: userRef(row.entered_by, row.entered_by_name),
    enteredAt: row.entered_at.toISOString(),
    reviewedBy: userRef(row.reviewed_by, row.reviewed_by_name),
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    reviewComment: row.review_comment,
    history: row.history.map(toRevision),
    comments: row.comments.map(toComment),
    version: row.version,
  };
}

function toRevision(json: RevisionJson): MeasurementRevision {
  return {
    value: json.value,
    cases: json.cases,
    sourceNote: json.sourceNote,
    status: json.status,
    action: json.action,
    // The name is kept with the revision: it still says who after the account is gone.
    changedBy: json.changedByName
      ? { userId: json.changedBy ?? '', displayName: json.changedByName }
      : null,
    changedAt: json.changedAt,
    reason: json.reason,
  };
}

export function toComment(json: CommentJson): MeasurementComment {
  return {
    id: json.id,
    author: userRef(json.authorId, json.authorName),
    body: json.body,
    createdAt: json.createdAt,
  };
}

/**
 * The WHERE of the list, with its parameters ($1 initiative, $2 indicator or null for every
 * indicator of the initiative, $3 visibilities).
 */
export function measurementListWhere(query: ListMeasurementsDto): {
  where: string;
  params: unknown[];
} {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length + 3}`;
  };
  const conditions = [
    'i.initiative_id = $1',
    '($2::uuid IS NULL OR m.indicator_id = $2)',
    'i.visibility = ANY ($3)',
  ];
  if (query.status) conditions.push(`m.status = ${param(query.status)}`);
  if (query.cells === 'total') conditions.push(`m.cell_key = ''`);
  if (query.from) conditions.push(`m.period_end >= ${param(query.from)}::date`);
  if (query.to) conditions.push(`m.period_start <= ${param(query.to)}::date`);
  return { where: conditions.join(' AND '), params };
}
