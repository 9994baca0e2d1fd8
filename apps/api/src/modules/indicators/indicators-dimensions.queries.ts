import type { Dimension } from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';

/** A dimension as read by `DIMENSION_SELECT`. */
export interface DimensionRow {
  id: string;
  name: string;
  value_list: { id: string; value: string }[];
  version: number;
}

/** Dimensions with their values in order, in one statement. */
const DIMENSION_SELECT = `
  SELECT d.id, d.name, d.version,
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', v.id, 'value', v.value)
                                    ORDER BY v.position, v.id)
                     FROM dimension_values v WHERE v.dimension_id = d.id), '[]') AS value_list
    FROM dimensions d`;

/** The initiative's ($1) dimensions in the order they were added. */
export const DIMENSIONS_OF_INITIATIVE = `${DIMENSION_SELECT}
  WHERE d.initiative_id = $1 ORDER BY d.position, d.id`;

/** One dimension ($2) of the initiative ($1). */
export const DIMENSION_BY_ID = `${DIMENSION_SELECT} WHERE d.initiative_id = $1 AND d.id = $2`;

export const toDimension = (row: DimensionRow): Dimension => ({
  id: row.id,
  name: row.name,
  values: row.value_list,
  version: row.version,
});

/** Locks the initiative ($1), so that concurrent additions each get their own position. */
export const LOCK_INITIATIVE_FOR_POSITION =
  'SELECT 1 FROM initiatives WHERE id = $1 FOR NO KEY UPDATE';

/** The position after the initiative's ($1) last dimension. */
export const NEXT_DIMENSION_POSITION =
  'SELECT coalesce(max(position), 0) + 1 AS position FROM dimensions WHERE initiative_id = $1';

/** The names of the indicators that use the dimension ($1), by name. */
export const INDICATORS_USING_DIMENSION = `
  SELECT i.name FROM indicator_dimensions idm JOIN indicators i ON i.id = idm.indicator_id
   WHERE idm.dimension_id = $1 ORDER BY ${inGermanOrder('i.name')}`;

/** Gives each of the values ($1) its own id as a name, a placeholder free of clashes. */
export const NAME_VALUES_BY_ID =
  'UPDATE dimension_values SET value = id::text WHERE id = ANY($1::uuid[])';

// For the measurements: a value's cell is a set of dimension values (`cell_value_ids`).

/** The cell as `[{dimensionId, valueId}]` in the order of the dimensions. */
export const cellEntriesOf = (valueIds: string) => `
  coalesce((SELECT jsonb_agg(jsonb_build_object('dimensionId', dv.dimension_id, 'valueId', dv.id)
                             ORDER BY d.position, d.id)
              FROM dimension_values dv JOIN dimensions d ON d.id = dv.dimension_id
             WHERE dv.id = ANY (${valueIds})), '[]')`;

/** The cell as `[{dimension, value}]` names in the order of the dimensions. */
export const cellLabelsOf = (valueIds: string) => `
  coalesce((SELECT jsonb_agg(jsonb_build_object('dimension', d.name, 'value', dv.value)
                             ORDER BY d.position, d.id)
              FROM dimension_values dv JOIN dimensions d ON d.id = dv.dimension_id
             WHERE dv.id = ANY (${valueIds})), '[]')`;

/** The (dimension, value) positions of the cell, to sort cells like dimensions and values. */
export const cellPositionsOf = (valueIds: string) => `
  (SELECT array_agg(d.position * 1000 + dv.position ORDER BY d.position, d.id)
     FROM dimension_values dv JOIN dimensions d ON d.id = dv.dimension_id
    WHERE dv.id = ANY (${valueIds}))`;

/**
 * The dimension of each of the values ($1), shared-locked: a value cannot leave its dimension
 * while the entry that uses it commits.
 */
export const CELL_VALUES_FOR_ENTRY =
  'SELECT id, dimension_id FROM dimension_values WHERE id = ANY ($1::uuid[]) FOR SHARE';

/** The initiative's ($1) dimensions in order, each with its values in order. */
export const TABLE_DIMENSIONS = `
  SELECT d.id, d.name,
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', v.id, 'value', v.value)
                                    ORDER BY v.position, v.id)
                     FROM dimension_values v WHERE v.dimension_id = d.id), '[]') AS "values"
    FROM dimensions d WHERE d.initiative_id = $1 ORDER BY d.position, d.id`;

/** Shared-locks the values of the initiative's ($1) dimensions until the import commits. */
export const LOCK_TABLE_DIMENSION_VALUES = `
  SELECT 1 FROM dimension_values v JOIN dimensions d ON d.id = v.dimension_id
   WHERE d.initiative_id = $1 FOR SHARE OF v`;
