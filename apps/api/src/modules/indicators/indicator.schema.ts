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

  @ApiProperty({
    description:
      'The due date has passed and the period still has no value (past periods are listed while their value is missing)',
  })
  overdue!: boolean;
}
