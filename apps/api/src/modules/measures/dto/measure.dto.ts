import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  type CreateMeasureRequest,
  MEASURE_LIMITS as LIMITS,
  MEASURE_STATUSES,
  type MeasureStatus,
  type MilestoneInput,
  type ResourcePledge,
  type UpdateMeasureRequest,
} from '@gw/shared/contracts';
import { IsCalendarDate } from '../../../common/validation/calendar-date';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { trimmed } from '../../../common/validation/transforms';

export class MilestoneInputDto implements MilestoneInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing milestone keeps its id' })
  @IsOptionalButNotNull()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ maxLength: LIMITS.milestoneTitle, example: 'Auftakt mit allen Schulen' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.milestoneTitle)
  title!: string;

  @ApiProperty({ format: 'date', example: '2027-03-31' })
  @IsCalendarDate()
  dueDate!: string;

  @ApiPropertyOptional({ type: Boolean, default: false })
  @IsOptionalButNotNull()
  @IsBoolean()
  done = false;
}

/** An amount: not negative, at most two decimals. */
const Amount = (max: number, description: string) =>
  applyDecorators(
    ApiProperty({
      type: Number,
      nullable: true,
      required: false,
      minimum: 0,
      maximum: max,
      description,
    }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }),
    Min(0),
    Max(max),
  );

export class ResourcePledgeDto implements ResourcePledge {
  @ApiProperty({ format: 'uuid', description: 'An actor of this initiative; one pledge each' })
  @IsUUID('all')
  actorId!: string;

  @Amount(LIMITS.eur, 'EUR')
  eur: number | null = null;

  @Amount(LIMITS.staffHours, 'Personalstunden')
  staffHours: number | null = null;

  @ApiPropertyOptional({ type: String, maxLength: LIMITS.inKind, description: 'Sachleistungen' })
  @IsOptionalButNotNull()
  @IsString()
  @MaxLength(LIMITS.inKind)
  inKind = '';
}

const ids = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: LIMITS.links, description }),
    IsOptionalButNotNull(),
    IsArray(),
    ArrayMaxSize(LIMITS.links),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );

const optionalId = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description }),
    IsOptional(),
    IsUUID('all'),
  );

const date = () =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2027-01-15' }),
    IsOptional(),
    IsCalendarDate(),
  );

const text = (maxLength: number) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength }),
    IsOptionalButNotNull(),
    IsString(),
    MaxLength(maxLength),
  );

const list = <T>(type: new () => T, maxItems: number, description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [type], maxItems, description }),
    IsOptionalButNotNull(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(() => type),
  );

/** Each field's rules, written once for the create and the update DTO. */
const Field = {
  title: (required: boolean) =>
    applyDecorators(
      ApiProperty({
        example: 'Übergangscoaching an allen Haupt- und Gesamtschulen',
        maxLength: LIMITS.title,
        required,
      }),
      Transform(trimmed),
      IsString(),
      IsNotEmpty(),
      MaxLength(LIMITS.title),
    ),
  milestones: () =>
    list(
      MilestoneInputDto,
      LIMITS.milestones,
      'Replaces the milestones, in order: with an id kept, without created, left out deleted',
    ),
  resources: () => list(ResourcePledgeDto, LIMITS.resources, 'Replaces the pledges; one per actor'),
  status: () =>
    applyDecorators(
      ApiPropertyOptional({ enum: MEASURE_STATUSES }),
      IsOptionalButNotNull(),
      IsIn(MEASURE_STATUSES),
    ),
  progress: () =>
    applyDecorators(
      ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Percent' }),
      IsOptionalButNotNull(),
      IsInt(),
      Min(0),
      Max(100),
    ),
};

export class CreateMeasureDto implements CreateMeasureRequest {
  @Field.title(true)
  title!: string;

  @text(LIMITS.description)
  description?: string;

  @ids('Goals of the shared goal')
  goalIds?: string[];

  @optionalId('A working group of this initiative')
  workingGroupId?: string | null;

  @optionalId('The lead actor (of the actor table)')
  leadActorId?: string | null;

  @ids('Contributing actors')
  contributingActorIds?: string[];

  @date()
  startDate?: string | null;

  @date()
  endDate?: string | null;

  @Field.milestones()
  milestones?: MilestoneInputDto[];

  @Field.status()
  status?: MeasureStatus;

  @Field.progress()
  progress?: number;

  @Field.resources()
  resources?: ResourcePledgeDto[];

  @ids('Measures of this initiative this one depends on')
  dependencyIds?: string[];

  @ids('Indicators of this initiative')
  indicatorIds?: string[];

  @text(LIMITS.notes)
  notes?: string;
}

export class UpdateMeasureDto implements UpdateMeasureRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptionalButNotNull()
  @Field.title(false)
  title?: string;

  @text(LIMITS.description)
  description?: string;

  @ids('Goals of the shared goal; replaces the list')
  goalIds?: string[];

  @optionalId('A working group of this initiative')
  workingGroupId?: string | null;

  @optionalId('The lead actor (of the actor table)')
  leadActorId?: string | null;

  @ids('Contributing actors; replaces the list')
  contributingActorIds?: string[];

  @date()
  startDate?: string | null;

  @date()
  endDate?: string | null;

  @Field.milestones()
  milestones?: MilestoneInputDto[];

  @Field.status()
  status?: MeasureStatus;

  @Field.progress()
  progress?: number;

  @Field.resources()
  resources?: ResourcePledgeDto[];

  @ids('Measures of this initiative this one depends on; replaces the list')
  dependencyIds?: string[];

  @ids('Indicators of this initiative; replaces the list')
  indicatorIds?: string[];

  @text(LIMITS.notes)
  notes?: string;
}
