import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import {
  type CreateWorkingGroupRequest,
  type UpdateWorkingGroupRequest,
  WORKING_GROUP_LIMITS as LIMITS,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { trimmed } from '../../../common/validation/transforms';

const ids = (maxItems: number, description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', maxItems, description }),
    IsOptionalButNotNull(),
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );

/** Each field's rules, written once for the create and the update DTO. */
const Field = {
  name: (required: boolean) =>
    applyDecorators(
      ApiProperty({ example: 'AG Übergang Schule–Beruf', maxLength: LIMITS.name, required }),
      Transform(trimmed),
      IsString(),
      IsNotEmpty(),
      MaxLength(LIMITS.name),
    ),
  mandate: () =>
    applyDecorators(
      ApiPropertyOptional({ maxLength: LIMITS.mandate, description: 'Auftrag' }),
      IsOptionalButNotNull(),
      IsString(),
      MaxLength(LIMITS.mandate),
    ),
  leadMemberId: () =>
    applyDecorators(
      ApiPropertyOptional({
        type: String,
        format: 'uuid',
        nullable: true,
        description: 'A membership id of this initiative',
      }),
      IsOptional(),
      IsUUID('all'),
    ),
  memberIds: () => ids(LIMITS.members, 'Membership ids of this initiative; replaces the members'),
  actorIds: () => ids(LIMITS.actors, "Ids of actors of this initiative's actor table"),
};

export class CreateWorkingGroupDto implements CreateWorkingGroupRequest {
  @Field.name(true)
  name!: string;

  @Field.mandate()
  mandate?: string;

  @Field.leadMemberId()
  leadMemberId?: string | null;

  @Field.memberIds()
  memberIds?: string[];

  @Field.actorIds()
  actorIds?: string[];
}

export class UpdateWorkingGroupDto implements UpdateWorkingGroupRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptionalButNotNull()
  @Field.name(false)
  name?: string;

  @Field.mandate()
  mandate?: string;

  @Field.leadMemberId()
  leadMemberId?: string | null;

  @Field.memberIds()
  memberIds?: string[];

  @Field.actorIds()
  actorIds?: string[];
}
