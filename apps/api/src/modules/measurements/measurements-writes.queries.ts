import { isIndicatorSteward } from '../indicators/indicators.queries';

/** The cells of the indicator ($1) that have a value for the period ($2). */
export const CELLS_OF_PERIOD =
  'SELECT cell_key FROM measurements WHERE indicator_id = $1 AND period = $2';

/** Whether the indicator ($1) has a value for the period ($2) and cell ($3). */
export const MEASUREMENT_EXISTS =
  'SELECT 1 FROM measurements WHERE indicator_id = $1 AND period = $2 AND cell_key = $3';

/**
 * The value ($3) of the indicator ($2) of the initiative ($1) if the indicator is of the
 * visibilities $5, locked for the change, and whether the membership $4 is one of its stewards.
 */
export const LOCKED_MEASUREMENT = `
  SELECT m.id, m.status, m.version, ${isIndicatorSteward('i.id', '$4')} AS steward
    FROM measurements m JOIN indicators i ON i.id = m.indicator_id
   WHERE i.initiative_id = $1 AND m.indicator_id = $2 AND m.id = $3
     AND i.visibility = ANY ($5)
     FOR NO KEY UPDATE OF m`;

/**
 * The values of the indicator ($1) for the period ($2) that await review: one delivery, locked
 * for its review.
 */
export const SUBMITTED_OF_DELIVERY = `
  SELECT id, version FROM measurements
   WHERE indicator_id = $1 AND period = $2 AND status = 'submitted'
   ORDER BY id FOR NO KEY UPDATE`;

/**
 * Copies the current state of the values ($1) into their history, as the action $2 by the user
 * $3 (named $4) for the reason $5.
 */
export const RECORD_REVISIONS = `
  INSERT INTO measurement_revisions
         (measurement_id, value, cases, source_note, status, action, changed_by, changed_by_name, reason)
  SELECT m.id, m.value, m.cases, m.source_note, m.status, $2, $3, $4, $5
    FROM measurements m WHERE m.id = ANY ($1::uuid[])
   ORDER BY m.id`;

/** A value of an import's indicators as read by `STORED_VALUES`. */
export interface StoredValue {
  id: string;
  indicator_id: string;
  period: string;
  cell_key: string;
  value: number;
  cases: number | null;
  source_note: string;
}

/** Every value of the indicators ($1), locked until the import commits. */
export const STORED_VALUES = `
  SELECT id, indicator_id, period, cell_key, value::float8 AS value, cases, source_note
    FROM measurements WHERE indicator_id = ANY ($1::uuid[]) FOR NO KEY UPDATE`;

/**
 * Corrects the values ($1) to value, cases and source note ($2 to $4) with the status $5; the
 * version counts up like an update's.
 */
export const UPDATE_VALUES = `
  UPDATE measurements m
     SET value = u.value, cases = u.cases, source_note = u.source_note, status = $5,
         reviewed_by = NULL, reviewed_at = NULL, review_comment = NULL, version = m.version + 1
    FROM unnest($1::uuid[], $2::numeric[], $3::int[], $4::text[])
         AS u (id, value, cases, source_note)
   WHERE m.id = u.id`;

/**
 * Enters the new values (one array per column, $1 to $9) with the status $10 by the user $11;
 * returns their ids in the order given.
 */
export const INSERT_VALUES = `
  INSERT INTO measurements (indicator_id, period, period_start, period_end, cell_key,
                            cell_value_ids, value, cases, source_note, status, entered_by)
  SELECT u.indicator_id, u.period, u.period_start, u.period_end, u.cell_key,
         u.cell_value_ids::uuid[], u.value, u.cases, u.source_note, $10, $11
    FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[], $5::text[], $6::text[],
                $7::numeric[], $8::int[], $9::text[])
         AS u (indicator_id, period, period_start, period_end, cell_key, cell_value_ids,
               value, cases, source_note)
  RETURNING id`;
