import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsObject,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MEASUREMENT_LIMITS,
  type ReviewDeliveryRequest,
  type ValueVersion,
} from '@gw/shared/contracts';
import { Field, ReviewComment, ReviewDecision } from './measurement.dto';

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
  @Field.period()
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
