import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  MEASUREMENT_LIMITS,
  type ReviewDeliveryRequest,
  type ValueVersion,
} from '@gw/shared/contracts';
import { trimmed } from '../../../common/validation/transforms';
import { ReviewComment, ReviewDecision } from './measurement.dto';

export class ValueVersionDto implements ValueVersion {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  id!: string;

  @ApiProperty({ description: 'The version the client last read', example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ReviewDeliveryDto implements ReviewDeliveryRequest {
  @ApiProperty({ example: '2026-Q4', maxLength: 10, description: 'The period of the delivery' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(10)
  period!: string;

  @ReviewDecision()
  decision!: 'approve' | 'return';

  @ReviewComment()
  comment?: string;

  @ApiProperty({
    type: [ValueVersionDto],
    minItems: 1,
    maxItems: MEASUREMENT_LIMITS.deliveryValues,
    description:
      "The delivery's values as the client showed them: exactly its submitted values, else 409",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MEASUREMENT_LIMITS.deliveryValues)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ValueVersionDto)
  values!: ValueVersionDto[];
}
