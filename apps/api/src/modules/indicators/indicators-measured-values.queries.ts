import { inGermanOrder } from '../../common/database/collation';
import {
  isValueMeasured,
  measuredCellsOf,
  measurementCountOf,
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
