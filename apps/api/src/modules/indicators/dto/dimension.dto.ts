import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  type CreateDimensionRequest,
  DIMENSION_LIMITS as LIMITS,
  type UpdateDimensionRequest,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { trimmed } from '../../../common/validation/transforms';

export class DimensionValueInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing value keeps its id' })
  @IsOptionalButNotNull()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ maxLength: LIMITS.value, example: 'Nordviertel' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.value)
  value!: string;
}

const Field = {
  name: (required: boolean) =>
    applyDecorators(
      ApiProperty({ example: 'Stadtteil', maxLength: LIMITS.name, required }),
      Transform(trimmed),
      IsString(),
      IsNotEmpty(),
      MaxLength(LIMITS.name),
    ),
  values: (required: boolean) =>
    applyDecorators(
      ApiProperty({
        type: [DimensionValueInputDto],
        maxItems: LIMITS.values,
        required,
        description: 'In order; with an id kept, without created, left out deleted',
      }),
      IsArray(),
      ArrayMaxSize(LIMITS.values),
      IsObject({ each: true }),
      ValidateNested({ each: true }),
      Type(() => DimensionValueInputDto),
    ),
};

export class CreateDimensionDto implements CreateDimensionRequest {
  @Field.name(true)
  name!: string;

  @Field.values(true)
  values!: DimensionValueInputDto[];
}

export class UpdateDimensionDto implements UpdateDimensionRequest {
  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptionalButNotNull()
  @Field.name(false)
  name?: string;

  @IsOptionalButNotNull()
  @Field.values(false)
  values?: DimensionValueInputDto[];
}
