import { ApiProperty } from '@nestjs/swagger';
import {
  COLLECTION_FREQUENCIES,
  type CollectionFrequency,
  type CollectionPlanEntry,
  type Indicator,
  INDICATOR_CATEGORIES,
  INDICATOR_DIRECTIONS,
  INDICATOR_VISIBILITIES,
  type IndicatorCategory,
  type IndicatorDirection,
  type IndicatorTarget,
  type IndicatorVisibility,
  type MemberRef,
} from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';
import { MemberRefSchema } from '../phases/step.schema';

export class IndicatorBaselineSchema {
  @ApiProperty({ type: Number, nullable: true, example: 38 })
  value!: number | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2025-07-31' })
  date!: string | null;
}

export class IndicatorTargetSchema implements IndicatorTarget {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 60 })
  value!: number;

  @ApiProperty({ format: 'date', example: '2027-07-31' })
  date!: string;
}

export class IndicatorSchema implements Indicator {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Anteil Abgänger:innen mit Anschlussperspektive' })
  name!: string;

  @ApiProperty()
  definition!: string;

  @ApiProperty({ example: '%' })
  unit!: string;

  @ApiProperty({ enum: INDICATOR_DIRECTIONS })
  direction!: IndicatorDirection;

  @ApiProperty({
    enum: INDICATOR_CATEGORIES,
    description: 'Wie viel, wie gut, geht es jemandem besser',
  })
  category!: IndicatorCategory;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Goals, in their order' })
  goalIds!: string[];

  @ApiProperty({ type: IndicatorBaselineSchema })
  baseline!: { value: number | null; date: string | null };

  @ApiProperty({ type: [IndicatorTargetSchema], description: 'By date' })
  targets!: IndicatorTarget[];

  @ApiProperty({ enum: COLLECTION_FREQUENCIES })
  frequency!: CollectionFrequency;

  @ApiProperty({ example: 'Schulstatistik, Abfrage der Berufskollegs' })
  dataSource!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  responsibleActorId!: string | null;

  @ApiProperty({ type: [MemberRefSchema], description: 'Members who may enter values, by name' })
  stewards!: MemberRef[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Disaggregation dimensions' })
  dimensionIds!: string[];

  @ApiProperty({ enum: INDICATOR_VISIBILITIES })
  visibility!: IndicatorVisibility;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CollectionPlanEntrySchema implements CollectionPlanEntry {
  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty()
  indicatorName!: string;

  @ApiProperty({ enum: COLLECTION_FREQUENCIES })
  frequency!: CollectionFrequency;

  @ApiProperty({ example: '2026-Q4', description: '`2026-11`, `2026-Q4`, `2026-H2` or `2026`' })
  period!: string;

  @ApiProperty({ format: 'date', example: '2026-10-01' })
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31' })
  periodEnd!: string;

  @ApiProperty({ format: 'date', example: '2027-01-14', description: 'Period end + 14 days' })
  dueDate!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  responsibleActorId!: string | null;

  @ApiProperty({ type: [MemberRefSchema] })
  stewards!: MemberRef[];
}

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
export const INDICATOR_SELECT = `
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
