import { ApiProperty } from '@nestjs/swagger';
import {
  type Cell,
  type IndicatorSeries,
  type Measurement,
  type MeasurementComment,
  type MeasurementImportResult,
  type MeasurementRevision,
  MEASUREMENT_REVISION_ACTIONS,
  MEASUREMENT_STATUSES,
  type MeasurementRevisionAction,
  type MeasurementStatus,
  type SeriesPoint,
  type UserRef,
} from '@gw/shared/contracts';
import { PageSchema } from '../../common/swagger/page.schema';
import { UserRefSchema } from '../users/user-ref.schema';

export class CellEntrySchema {
  @ApiProperty({ format: 'uuid' })
  dimensionId!: string;

  @ApiProperty({ format: 'uuid' })
  valueId!: string;
}

export class MeasurementRevisionSchema implements MeasurementRevision {
  @ApiProperty({ example: 70.8 })
  value!: number;

  @ApiProperty({ type: Number, nullable: true, example: 612 })
  cases!: number | null;

  @ApiProperty()
  sourceNote!: string;

  @ApiProperty({ enum: MEASUREMENT_STATUSES, description: 'The status the value had' })
  status!: MeasurementStatus;

  @ApiProperty({ enum: MEASUREMENT_REVISION_ACTIONS, description: 'What ended this state' })
  action!: MeasurementRevisionAction;

  @ApiProperty({ type: UserRefSchema, nullable: true, description: 'Who made the change' })
  changedBy!: UserRef | null;

  @ApiProperty({ format: 'date-time' })
  changedAt!: string;

  @ApiProperty({ example: 'Nachmeldung des Berufskollegs' })
  reason!: string;
}

export class MeasurementCommentSchema implements MeasurementComment {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  author!: UserRef | null;

  @ApiProperty()
  body!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class MeasurementSchema implements Measurement {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty({ example: '2026-Q4', description: '`2026-11`, `2026-Q4`, `2026-H2` or `2026`' })
  period!: string;

  @ApiProperty({ format: 'date', example: '2026-10-01' })
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31' })
  periodEnd!: string;

  @ApiProperty({
    type: [CellEntrySchema],
    description: 'In the order of the dimensions; empty for the total',
  })
  cell!: Cell;

  @ApiProperty({ example: 71.5 })
  value!: number;

  @ApiProperty({ type: Number, nullable: true, example: 612 })
  cases!: number | null;

  @ApiProperty()
  sourceNote!: string;

  @ApiProperty({ enum: MEASUREMENT_STATUSES })
  status!: MeasurementStatus;

  @ApiProperty({ type: UserRefSchema, nullable: true, description: 'Who entered it first' })
  enteredBy!: UserRef | null;

  @ApiProperty({ format: 'date-time' })
  enteredAt!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  reviewedBy!: UserRef | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reviewedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why coordination returned it' })
  reviewComment!: string | null;

  @ApiProperty({ type: [MeasurementRevisionSchema], description: 'Earlier states, newest first' })
  history!: MeasurementRevision[];

  @ApiProperty({ type: [MeasurementCommentSchema], description: 'Oldest first' })
  comments!: MeasurementComment[];

  @ApiProperty({ example: 1 })
  version!: number;
}

export const MeasurementPageSchema = PageSchema(MeasurementSchema, 'MeasurementPage');

export class MeasurementImportResultSchema implements MeasurementImportResult {
  @ApiProperty({ example: 12 })
  created!: number;

  @ApiProperty({ example: 1, description: 'Corrected with the reason "Import"' })
  updated!: number;

  @ApiProperty({ example: 30 })
  unchanged!: number;
}

export class SeriesCommentSchema {
  @ApiProperty({ example: 'Anna Keller' })
  author!: string;

  @ApiProperty()
  body!: string;
}

export class SeriesPointSchema implements SeriesPoint {
  @ApiProperty({ example: '2026-Q4' })
  period!: string;

  @ApiProperty({ format: 'date' })
  periodStart!: string;

  @ApiProperty({ format: 'date' })
  periodEnd!: string;

  @ApiProperty({ example: 71.5 })
  value!: number;

  @ApiProperty({ type: Number, nullable: true })
  cases!: number | null;

  @ApiProperty({ type: [SeriesCommentSchema], description: 'Oldest first' })
  comments!: { author: string; body: string }[];
}

export class SeriesCellEntrySchema {
  @ApiProperty({ example: 'Stadtteil' })
  dimension!: string;

  @ApiProperty({ example: 'Nordviertel' })
  value!: string;
}

export class SeriesCellSchema {
  @ApiProperty({ type: [SeriesCellEntrySchema], description: 'In the order of the dimensions' })
  cell!: { dimension: string; value: string }[];

  @ApiProperty({ type: [SeriesPointSchema], description: 'Oldest period first' })
  points!: SeriesPoint[];
}

export class SeriesBaselineSchema {
  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  date!: string | null;
}

export class SeriesTargetSchema {
  @ApiProperty({ example: 80 })
  value!: number;

  @ApiProperty({ format: 'date' })
  date!: string;
}

export class IndicatorSeriesSchema implements IndicatorSeries {
  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty({ type: [SeriesPointSchema], description: 'The total, oldest period first' })
  total!: SeriesPoint[];

  @ApiProperty({ type: [SeriesCellSchema], description: 'Each cell over time, in dimension order' })
  cells!: IndicatorSeries['cells'];

  @ApiProperty({ type: SeriesBaselineSchema })
  baseline!: { value: number | null; date: string | null };

  @ApiProperty({ type: [SeriesTargetSchema], description: 'By date' })
  targets!: { value: number; date: string }[];
}
