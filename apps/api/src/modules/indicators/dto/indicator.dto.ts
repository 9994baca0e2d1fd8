import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
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
  COLLECTION_FREQUENCIES,
  type CollectionFrequency,
  type CollectionPlanQuery,
  type CreateIndicatorRequest,
  INDICATOR_CATEGORIES,
  INDICATOR_DIRECTIONS,
  INDICATOR_LIMITS as LIMITS,
  INDICATOR_VISIBILITIES,
  type IndicatorCategory,
  type IndicatorDirection,
  type IndicatorVisibility,
  type UpdateIndicatorRequest,
} from '@gw/shared/contracts';
import { IsCalendarDate } from '../../../common/validation/calendar-date';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { trimmed } from '../../../common/validation/transforms';

/** A measured value: finite, at most six decimals, within ±INDICATOR_LIMITS.value. */
const IndicatorValue = () =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 6 }),
    Min(-LIMITS.value),
    Max(LIMITS.value),
  );

export class IndicatorBaselineDto {
  @ApiProperty({ type: Number, nullable: true, required: false, example: 38 })
  @IsOptional()
  @IndicatorValue()
  value: number | null = null;

  @ApiProperty({ type: String, format: 'date', nullable: true, required: false })
  @IsOptional()
  @IsCalendarDate()
  date: string | null = null;
}

export class IndicatorTargetInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing target keeps its id' })
  @IsOptionalButNotNull()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ example: 60, minimum: -LIMITS.value, maximum: LIMITS.value })
  @IndicatorValue()
  value!: number;

  @ApiProperty({ format: 'date', example: '2027-07-31' })
  @IsCalendarDate()
  date!: string;
}

const text = (maxLength: number, example?: string) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength, example }),
    IsOptionalButNotNull(),
    IsString(),
    MaxLength(maxLength),
  );

const choice = (values: readonly string[]) =>
  applyDecorators(ApiPropertyOptional({ enum: values }), IsOptionalButNotNull(), IsIn(values));

const ids = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: LIMITS.links, description }),
    IsOptionalButNotNull(),
    IsArray(),
    ArrayMaxSize(LIMITS.links),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );

/** Each field's rules, written once for the create and the update DTO. */
const Field = {
  name: (required: boolean) =>
    applyDecorators(
      ApiProperty({
        example: 'Anteil Abgänger:innen mit Anschlussperspektive',
        maxLength: LIMITS.name,
        required,
      }),
      Transform(trimmed),
      IsString(),
      IsNotEmpty(),
      MaxLength(LIMITS.name),
    ),
  baseline: () =>
    applyDecorators(
      ApiPropertyOptional({ type: IndicatorBaselineDto }),
      IsOptionalButNotNull(),
      IsObject(),
      ValidateNested(),
      Type(() => IndicatorBaselineDto),
    ),
  targets: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: [IndicatorTargetInputDto],
        maxItems: LIMITS.targets,
        description: 'Replaces the targets: with an id kept, without created, left out deleted',
      }),
      IsOptionalButNotNull(),
      IsArray(),
      ArrayMaxSize(LIMITS.targets),
      IsObject({ each: true }),
      ValidateNested({ each: true }),
      Type(() => IndicatorTargetInputDto),
    ),
  responsibleActorId: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: String,
        format: 'uuid',
        nullable: true,
        description: 'An actor of this initiative',
      }),
      IsOptional(),
      IsUUID('all'),
    ),
};

export class CreateIndicatorDto implements CreateIndicatorRequest {
  @Field.name(true)
  name!: string;

  @text(LIMITS.definition)
  definition?: string;

  @text(LIMITS.unit, '%')
  unit?: string;

  @choice(INDICATOR_DIRECTIONS)
  direction?: IndicatorDirection;

  @choice(INDICATOR_CATEGORIES)
  category?: IndicatorCategory;

  @ids('Goals of the shared goal')
  goalIds?: string[];

  @Field.baseline()
  baseline?: IndicatorBaselineDto;

  @Field.targets()
  targets?: IndicatorTargetInputDto[];

  @choice(COLLECTION_FREQUENCIES)
  frequency?: CollectionFrequency;

  @text(LIMITS.dataSource)
  dataSource?: string;

  @Field.responsibleActorId()
  responsibleActorId?: string | null;

  @ids('Membership ids of the data stewards')
  stewardMemberIds?: string[];

  @ids('Disaggregation dimensions of this initiative')
  dimensionIds?: string[];

  @choice(INDICATOR_VISIBILITIES)
  visibility?: IndicatorVisibility;
}

export class UpdateIndicatorDto implements UpdateIndicatorRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptionalButNotNull()
  @Field.name(false)
  name?: string;

  @text(LIMITS.definition)
  definition?: string;

  @text(LIMITS.unit, '%')
  unit?: string;

  @choice(INDICATOR_DIRECTIONS)
  direction?: IndicatorDirection;

  @choice(INDICATOR_CATEGORIES)
  category?: IndicatorCategory;

  @ids('Goals of the shared goal; replaces the list')
  goalIds?: string[];

  @Field.baseline()
  baseline?: IndicatorBaselineDto;

  @Field.targets()
  targets?: IndicatorTargetInputDto[];

  @choice(COLLECTION_FREQUENCIES)
  frequency?: CollectionFrequency;

  @text(LIMITS.dataSource)
  dataSource?: string;

  @Field.responsibleActorId()
  responsibleActorId?: string | null;

  @ids('Membership ids of the data stewards; replaces the list')
  stewardMemberIds?: string[];

  @ids('Disaggregation dimensions of this initiative; replaces the list')
  dimensionIds?: string[];

  @choice(INDICATOR_VISIBILITIES)
  visibility?: IndicatorVisibility;
}

export class CollectionPlanQueryDto implements CollectionPlanQuery {
  @ApiPropertyOptional({
    format: 'date',
    description: 'The day the plan is for (YYYY-MM-DD); today in Berlin when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}
