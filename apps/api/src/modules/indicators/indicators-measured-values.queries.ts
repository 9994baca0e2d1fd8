import { inGermanOrder } from '../../common/database/collation';
import {
  isValueMeasured,
  measuredCellsOf,
  measurementCountOf,
  measuredPeriodsOf,
} from '../measurements/measurements.queries';

/** The number of the indicator's ($1) measured values. */
export const MEASURED_VALUE_COUNT = `SELECT ${measurementCountOf('$1')} AS count`;

/**
 * The names of the dimensions, other than $2, by which the indicator's ($1) measured values are
 * broken down; by name.
 */
export const MEASURED_DIMENSIONS_OUTSIDE = `
  SELECT DISTINCT d.name, ${inGermanOrder('d.name')} AS sort
    FROM ${measuredCellsOf('$1')} m
    JOIN dimension_values dv ON dv.id = ANY (m.cell_value_ids)
    JOIN dimensions d ON d.id = dv.dimension_id
   WHERE NOT (dv.dimension_id = ANY ($2::uuid[]))
   ORDER BY sort`;

/**
 * Locks the dimension values ($1) first, so that a value entry that uses one of them either
 * commits before the check (and is seen) or waits and then finds the value gone.
 */
export const LOCK_DIMENSION_VALUES =
  'SELECT 1 FROM dimension_values WHERE id = ANY ($1::uuid[]) FOR UPDATE';

/** Those of the dimension values ($1) by which a measured value is broken down, by value. */
export const MEASURED_DIMENSION_VALUES = `
  SELECT dv.value FROM dimension_values dv
   WHERE dv.id = ANY ($1::uuid[]) AND ${isValueMeasured('dv.id')}
   ORDER BY ${inGermanOrder('dv.value')}`;

/** An indicator's delivered periods as read by `DELIVERED_PERIODS`. */
export interface DeliveredPeriodsRow {
  id: string;
  /** Since when values are expected: the baseline's date, else the day it was defined. */
  since: string;
  measured: string[];
}

/**
 * The initiative's ($1) indicators of the visibilities $2 with the periods that have a value
 * and end on or after $3.
 */
export const DELIVERED_PERIODS = `
  SELECT i.id, coalesce(i.baseline_date, i.created_at::date)::text AS since,
         ${measuredPeriodsOf('i.id', '$3')} AS measured
    FROM indicators i WHERE i.initiative_id = $1 AND i.visibility = ANY ($2)`;
