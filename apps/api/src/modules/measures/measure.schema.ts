import { ApiProperty } from '@nestjs/swagger';
import {
  type BaselineChange,
  type Measure,
  MEASURE_STATUSES,
  type MeasureStatus,
  type Milestone,
  type ResourcePledge,
} from '@gw/shared/contracts';
import { PageSchema } from '../../common/swagger/page.schema';

export class MilestoneSchema implements Milestone {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Kooperationsvertrag mit den Schulen unterzeichnet' })
  title!: string;

  @ApiProperty({ format: 'date', example: '2027-03-31' })
  dueDate!: string;

  @ApiProperty()
  done!: boolean;
}

export class ResourcePledgeSchema implements ResourcePledge {
  @ApiProperty({ format: 'uuid' })
  actorId!: string;

  @ApiProperty({ type: Number, nullable: true, example: 12000, description: 'EUR' })
  eur!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 120, description: 'Personalstunden' })
  staffHours!: number | null;

  @ApiProperty({ example: 'Räume im Jugendzentrum', description: 'Sachleistungen' })
  inKind!: string;
}

export class BaselineChangeSchema implements BaselineChange {
  @ApiProperty({ enum: ['no_baseline', 'new', 'changed', 'unchanged'] })
  kind!: BaselineChange['kind'];

  @ApiProperty({ type: [String], example: ['status', 'endDate'] })
  fields!: string[];
}

export class MeasureSchema implements Measure {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Übergangscoaching an allen Haupt- und Gesamtschulen' })
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Goals served, in their order' })
  goalIds!: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  workingGroupId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  leadActorId!: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'By name' })
  contributingActorIds!: string[];

  @ApiProperty({ type: String, format: 'date', nullable: true })
  startDate!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  endDate!: string | null;

  @ApiProperty({ type: [MilestoneSchema], description: 'In order' })
  milestones!: Milestone[];

  @ApiProperty({ enum: MEASURE_STATUSES })
  status!: MeasureStatus;

  @ApiProperty({ minimum: 0, maximum: 100, example: 40 })
  progress!: number;

  @ApiProperty({ type: [ResourcePledgeSchema] })
  resources!: ResourcePledge[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Measures this one depends on' })
  dependencyIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  indicatorIds!: string[];

  @ApiProperty()
  notes!: string;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ type: BaselineChangeSchema })
  baselineChange!: BaselineChange;
}

export const MeasurePageSchema = PageSchema(MeasureSchema, 'MeasurePage');
