import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ActivityEntry,
  COLLECTION_FREQUENCIES,
  type CollectionFrequency,
  type Dashboard,
  INDICATOR_DIRECTIONS,
  INDICATOR_STATUSES,
  type IndicatorDirection,
  type IndicatorStatus,
  type IndicatorSummary,
  PHASES,
  type Phase,
  type UserRef,
} from '@gw/shared/contracts';
import { PageSchema } from '../../common/swagger/page.schema';
import { UserRefSchema } from '../../modules/users/user-ref.schema';

class LatestValueSchema {
  @ApiProperty({ example: '2026-Q3' })
  period!: string;

  @ApiProperty({ example: '2026-09-30' })
  periodEnd!: string;

  @ApiProperty()
  value!: number;
}

class BaselineSchema {
  @ApiProperty({ type: Number, nullable: true })
  value!: number | null;

  @ApiProperty({ type: String, nullable: true })
  date!: string | null;
}

class TargetSchema {
  @ApiProperty()
  value!: number;

  @ApiProperty()
  date!: string;
}

class IndicatorSummarySchema implements IndicatorSummary {
  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  unit!: string;

  @ApiProperty({ enum: INDICATOR_DIRECTIONS })
  direction!: IndicatorDirection;

  @ApiProperty({ enum: COLLECTION_FREQUENCIES })
  frequency!: CollectionFrequency;

  @ApiProperty({ type: LatestValueSchema, nullable: true })
  latest!: IndicatorSummary['latest'];

  @ApiProperty({
    description:
      "The latest value is older than the frequency allows: a newer period's value is due and missing",
  })
  outdated!: boolean;

  @ApiProperty({ type: BaselineSchema })
  baseline!: IndicatorSummary['baseline'];

  @ApiProperty({ type: TargetSchema, nullable: true })
  nextTarget!: IndicatorSummary['nextTarget'];

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The straight path at the latest period',
  })
  expected!: number | null;

  @ApiProperty({ enum: INDICATOR_STATUSES })
  status!: IndicatorStatus;
}

class ActivityEntrySchema implements ActivityEntry {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  actor!: UserRef | null;

  @ApiProperty({ enum: ['artifact', 'measure', 'measurement', 'transition'] })
  kind!: ActivityEntry['kind'];

  @ApiProperty({ example: 'value_entered' })
  action!: ActivityEntry['action'];

  @ApiProperty({ description: 'The artifact, the indicator (of a value) or the phase' })
  subject!: string;

  @ApiPropertyOptional({ example: '2026-Q2', description: 'The period of a value' })
  period?: string;
}

export const ActivityPageSchema = PageSchema(ActivityEntrySchema, 'ActivityPage');

class StepCountsSchema {
  @ApiProperty({ enum: PHASES })
  phase!: Phase;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { open: 2, done: 1 },
  })
  counts!: Dashboard['steps'][number]['counts'];
}

class MeasureCountsSchema {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byStatus!: Dashboard['measures']['byStatus'];

  @ApiProperty()
  total!: number;
}

class OverdueMilestoneSchema {
  @ApiProperty({ format: 'uuid' })
  measureId!: string;

  @ApiProperty()
  measureTitle!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  dueDate!: string;
}

export class DashboardSchema implements Dashboard {
  @ApiProperty({ enum: PHASES })
  phase!: Phase;

  @ApiProperty({ type: [StepCountsSchema] })
  steps!: Dashboard['steps'];

  @ApiProperty({ type: MeasureCountsSchema })
  measures!: Dashboard['measures'];

  @ApiProperty({ type: [OverdueMilestoneSchema] })
  overdueMilestones!: Dashboard['overdueMilestones'];

  @ApiProperty({ type: [IndicatorSummarySchema] })
  indicators!: IndicatorSummary[];

  @ApiProperty({ type: [ActivityEntrySchema], description: 'The newest ten of the last 30 days' })
  activity!: ActivityEntry[];

  @ApiProperty({ description: 'All entries of the last 30 days (GET …/dashboard/activity)' })
  activityTotal!: number;
}
