import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  BODY_LIMITS as LIMITS,
  BODY_TYPES,
  type BodyType,
  type CreateExistingBodyRequest,
  type UpdateExistingBodyRequest,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { trimmed } from '../../../common/validation/transforms';

/** Each field's rules, written once and used by the create and the update DTO. */
const Field = {
  name: (required: boolean) =>
    applyDecorators(
      ApiProperty({
        example: 'Arbeitskreis Übergang Schule–Beruf',
        maxLength: LIMITS.name,
        required,
      }),
      Transform(trimmed),
      IsString(),
      IsNotEmpty(),
      MaxLength(LIMITS.name),
    ),
  type: (required: boolean) =>
    applyDecorators(ApiProperty({ enum: BODY_TYPES, required }), IsIn(BODY_TYPES)),
  memberActorIds: () =>
    applyDecorators(
      ApiProperty({
        type: [String],
        format: 'uuid',
        maxItems: LIMITS.members,
        required: false,
        description: "Ids of actors of this initiative's actor table",
      }),
      IsOptionalButNotNull(),
      IsArray(),
      ArrayMaxSize(LIMITS.members),
      ArrayUnique(),
      IsUUID('all', { each: true }),
    ),
  notes: () =>
    applyDecorators(
      ApiProperty({ maxLength: LIMITS.notes, required: false }),
      IsOptionalButNotNull(),
      IsString(),
      MaxLength(LIMITS.notes),
    ),
};

export class CreateExistingBodyDto implements CreateExistingBodyRequest {
  @Field.name(true)
  name!: string;

  @Field.type(true)
  type!: BodyType;

  @Field.memberActorIds()
  memberActorIds?: string[];

  @Field.notes()
  notes?: string;
}

export class UpdateExistingBodyDto implements UpdateExistingBodyRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptionalButNotNull()
  @Field.name(false)
  name?: string;

  @IsOptionalButNotNull()
  @Field.type(false)
  type?: BodyType;

  @Field.memberActorIds()
  memberActorIds?: string[];

  @Field.notes()
  notes?: string;
}
