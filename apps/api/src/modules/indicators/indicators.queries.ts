import type {
  CollectionFrequency,
  Indicator,
  IndicatorCategory,
  IndicatorDirection,
  IndicatorTarget,
  IndicatorVisibility,
  MemberRef,
} from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';

/** An indicator as read by `INDICATOR_SELECT`. */
export interface IndicatorRow {
  id: string;
  name: string;
  definition: string;
  unit: string;
  direction: IndicatorDirection;
  category: IndicatorCategory;
  baseline_value: number | null;
  baseline_date: string | null;
  frequency: CollectionFrequency;
  data_source: string;
  responsible_actor_id: string | null;
  visibility: IndicatorVisibility;
  version: number;
  updated_at: Date;
  goal_ids: string[];
  targets: IndicatorTarget[];
  stewards: MemberRef[];
  dimension_ids: string[];
}

/** Indicators with their goals, targets, stewards and dimensions, in one statement. */
const INDICATOR_SELECT = `
  SELECT i.id, i.name, i.definition, i.unit, i.direction, i.category,
         i.baseline_value::float8 AS baseline_value, i.baseline_date::text AS baseline_date,
         i.frequency, i.data_source, i.responsible_actor_id, i.visibility, i.version, i.updated_at,
         coalesce((SELECT array_agg(g.id ORDER BY g.position, g.id)
                     FROM indicator_goals ig JOIN goals g ON g.id = ig.goal_id
                    WHERE ig.indicator_id = i.id), '{}') AS goal_ids,
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'value', t.value::float8,
                                                        'date', t.target_date::text)
                                    ORDER BY t.target_date, t.id)
                     FROM indicator_targets t WHERE t.indicator_id = i.id), '[]') AS targets,
         coalesce((SELECT jsonb_agg(jsonb_build_object('memberId', s.membership_id,
                                                        'displayName', u.display_name)
                                    ORDER BY ${inGermanOrder('u.display_name')}, s.membership_id)
                     FROM indicator_stewards s
                     JOIN memberships ms ON ms.id = s.membership_id
                     JOIN users u ON u.id = ms.user_id
                    WHERE s.indicator_id = i.id), '[]') AS stewards,
         coalesce((SELECT array_agg(d.id ORDER BY d.position, d.id)
                     FROM indicator_dimensions idm JOIN dimensions d ON d.id = idm.dimension_id
                    WHERE idm.indicator_id = i.id), '{}') AS dimension_ids
    FROM indicators i`;

/** The initiative's ($1) indicators of the visibilities $2, by name. */
export const INDICATORS_OF_INITIATIVE = `${INDICATOR_SELECT}
  WHERE i.initiative_id = $1 AND i.visibility = ANY($2)
  ORDER BY ${inGermanOrder('i.name')}, i.id`;

/** One indicator ($2) of the initiative ($1), if of the visibilities $3. */
export const INDICATOR_BY_ID = `${INDICATOR_SELECT}
  WHERE i.initiative_id = $1 AND i.id = $2 AND i.visibility = ANY($3)`;

export function toIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    name: row.name,
    definition: row.definition,
    unit: row.unit,
    direction: row.direction,
    category: row.category,
    goalIds: row.goal_ids,
    baseline: { value: row.baseline_value, date: row.baseline_date },
    targets: row.targets,
    frequency: row.frequency,
    dataSource: row.data_source,
    responsibleActorId: row.responsible_actor_id,
    stewards: row.stewards,
    dimensionIds: row.dimension_ids,
    visibility: row.visibility,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

// For the measures: which of a measure's indicators the caller may not see.

/** The initiative's ($1) indicators of none of the visibilities $2. */
export const HIDDEN_INDICATOR_IDS =
  'SELECT id FROM indicators WHERE initiative_id = $1 AND visibility <> ALL($2::text[])';

// For the measurements: an indicator as the entry and the import of its values need it.

/** Whether the membership is one of the indicator's data stewards (both SQL expressions). */
export const isIndicatorSteward = (indicatorId: string, membershipId: string) =>
  `EXISTS (SELECT 1 FROM indicator_stewards s
            WHERE s.indicator_id = ${indicatorId} AND s.membership_id = ${membershipId})`;

/** The ids of the indicator's dimensions (an SQL expression), unordered. */
const dimensionIdsOf = (indicatorId: string) =>
  `coalesce((SELECT array_agg(idm.dimension_id) FROM indicator_dimensions idm
              WHERE idm.indicator_id = ${indicatorId}), '{}')`;

/**
 * The indicator ($2) of the initiative ($1) if of the visibilities $4, with its dimensions and
 * whether the membership $3 is one of its stewards; shared-locked, so that its frequency and
 * dimensions hold until the entry commits.
 */
export const ENTRY_INDICATOR = `
  SELECT i.id, i.frequency, ${dimensionIdsOf('i.id')} AS "dimensionIds",
         ${isIndicatorSteward('i.id', '$3')} AS steward
    FROM indicators i
   WHERE i.initiative_id = $1 AND i.id = $2 AND i.visibility = ANY ($4)
     FOR SHARE OF i`;

/**
 * The initiative's ($1) indicators of the visibilities $3 by name, with their dimensions and
 * whether the membership $2 is one of their stewards; with `lock`, shared-locked until the
 * import commits.
 */
export const tableIndicators = (lock: boolean) => `
  SELECT i.id, i.name, i.frequency, i.unit, ${dimensionIdsOf('i.id')} AS "dimensionIds",
         ${isIndicatorSteward('i.id', '$2')} AS steward
    FROM indicators i WHERE i.initiative_id = $1 AND i.visibility = ANY ($3)
   ORDER BY ${inGermanOrder('i.name')}, i.id ${lock ? 'FOR SHARE OF i' : ''}`;

/** An indicator's baseline and targets as read by `INDICATOR_BASELINE_AND_TARGETS`. */
export interface IndicatorBaselineRow {
  baseline_value: number | null;
  baseline_date: string | null;
  targets: { value: number; date: string }[];
}

/** The baseline and targets (by date) of the indicator ($2) of the initiative ($1), visibilities $3. */
export const INDICATOR_BASELINE_AND_TARGETS = `
  SELECT i.baseline_value::float8 AS baseline_value, i.baseline_date::text AS baseline_date,
         coalesce((SELECT jsonb_agg(jsonb_build_object('value', t.value::float8,
                                                        'date', t.target_date::text)
                                    ORDER BY t.target_date, t.id)
                     FROM indicator_targets t WHERE t.indicator_id = i.id), '[]') AS targets
    FROM indicators i
   WHERE i.initiative_id = $1 AND i.id = $2 AND i.visibility = ANY ($3)`;
