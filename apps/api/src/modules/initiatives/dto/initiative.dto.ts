import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import {
  APPROVAL_QUORUMS,
  type ApprovalQuorum,
  type CreateInitiativeRequest,
  INITIATIVE_LIMITS as LIMITS,
  type Region,
  SUPPRESSION_THRESHOLD_LIMITS,
  TARGET_GROUPS,
  type TargetGroup,
  type UpdateInitiativeRequest,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { trimmed, trimmedList } from '../../../common/validation/transforms';

export class RegionDto implements Region {
  @ApiProperty({ example: 'Lindenfeld', maxLength: LIMITS.municipality })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.municipality)
  municipality!: string;

  @ApiProperty({ type: [String], example: ['Mitte', 'Nordstadt'], required: false })
  @IsOptionalButNotNull()
  @Transform(trimmedList)
  @IsArray()
  @ArrayMaxSize(LIMITS.districts)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(LIMITS.district, { each: true })
  districts: string[] = [];
}

/** Each field's rules, written once and used by the create and the update DTO. */
const Field = {
  name: (required: boolean) =>
    applyDecorators(
      ApiProperty({ example: 'Jugendpakt Lindenfeld', maxLength: LIMITS.name, required }),
      Transform(trimmed),
      IsString(),
      IsNotEmpty(),
      MaxLength(LIMITS.name),
    ),
  description: () =>
    applyDecorators(
      ApiProperty({ maxLength: LIMITS.description, required: false }),
      IsOptionalButNotNull(),
      IsString(),
      MaxLength(LIMITS.description),
    ),
  targetGroups: (required: boolean) =>
    applyDecorators(
      ApiProperty({ enum: TARGET_GROUPS, isArray: true, required }),
      IsArray(),
      ArrayUnique(),
      IsIn(TARGET_GROUPS, { each: true }),
    ),
  customTargetGroups: () =>
    applyDecorators(
      ApiProperty({ type: [String], example: ['Schulabbrecher'], required: false }),
      IsOptionalButNotNull(),
      Transform(trimmedList),
      IsArray(),
      ArrayMaxSize(LIMITS.customTargetGroups),
      ArrayUnique(),
      IsString({ each: true }),
      IsNotEmpty({ each: true }),
      MaxLength(LIMITS.customTargetGroup, { each: true }),
    ),
  region: (required: boolean) =>
    applyDecorators(
      ApiProperty({ type: RegionDto, required }),
      IsObject(),
      ValidateNested(),
      Type(() => RegionDto),
    ),
  owner: () =>
    applyDecorators(
      ApiProperty({
        type: String,
        nullable: true,
        required: false,
        example: 'Bürgermeisterin Dr. Anna Keller',
        maxLength: LIMITS.owner,
      }),
      IsOptional(),
      Transform(trimmed),
      IsString(),
      MaxLength(LIMITS.owner),
    ),
};

/** An initiative serves at least one target group, predefined or entered as free text. */
const HasTargetGroup = () =>
  ValidateBy({
    name: 'hasTargetGroup',
    validator: {
      validate: (value: unknown, args) =>
        (Array.isArray(value) ? value.length : 0) +
          ((args?.object as CreateInitiativeDto).customTargetGroups?.length ?? 0) >
        0,
      defaultMessage: () => 'choose at least one target group or enter one as free text',
    },
  });

export class CreateInitiativeDto implements CreateInitiativeRequest {
  @Field.name(true)
  name!: string;

  @Field.description()
  description?: string;

  @Field.targetGroups(true)
  @HasTargetGroup()
  targetGroups!: TargetGroup[];

  @Field.customTargetGroups()
  customTargetGroups?: string[];

  @Field.region(true)
  region!: RegionDto;

  @Field.owner()
  owner?: string | null;
}

export class UpdateInitiativeDto implements UpdateInitiativeRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({
    enum: APPROVAL_QUORUMS,
    required: false,
    description: 'How many steering members must approve action-plan baselines and reports',
  })
  @IsOptionalButNotNull()
  @IsIn(APPROVAL_QUORUMS)
  approvalQuorum?: ApprovalQuorum;

  @ApiProperty({
    required: false,
    minimum: SUPPRESSION_THRESHOLD_LIMITS.min,
    maximum: SUPPRESSION_THRESHOLD_LIMITS.max,
    description:
      'Public views suppress a disaggregated value resting on fewer cases than this (default 5)',
  })
  @IsOptionalButNotNull()
  @IsInt()
  @Min(SUPPRESSION_THRESHOLD_LIMITS.min)
  @Max(SUPPRESSION_THRESHOLD_LIMITS.max)
  suppressionThreshold?: number;

  @IsOptionalButNotNull()
  @Field.name(false)
  name?: string;

  @Field.description()
  description?: string;

  @IsOptionalButNotNull()
  @Field.targetGroups(false)
  targetGroups?: TargetGroup[];

  @Field.customTargetGroups()
  customTargetGroups?: string[];

  @IsOptionalButNotNull()
  @Field.region(false)
  region?: RegionDto;

  @Field.owner()
  owner?: string | null;
}
