import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import {
  type CreateDeliveryRequest,
  type DeliveryValueInput,
  MEASUREMENT_LIMITS as LIMITS,
} from '@gw/shared/contracts';
import { IsOptionalButNotNull } from '../../../common/validation/optional';
import { type CellEntryDto, Field } from './measurement.dto';

export class DeliveryValueDto implements DeliveryValueInput {
  @Field.cell()
  cell?: CellEntryDto[];

  @Field.value(true)
  value!: number;

  @Field.cases()
  cases?: number | null;
}

export class CreateDeliveryDto implements CreateDeliveryRequest {
  @Field.period()
  period!: string;

  @IsOptionalButNotNull()
  @Field.text(LIMITS.sourceNote, false, 'Fallstatistik der Clearingstelle, Stand 30.9.')
  sourceNote?: string;

  @ApiProperty({
    type: [DeliveryValueDto],
    minItems: 1,
    maxItems: LIMITS.deliveryValues,
    description: 'The total and the cells of the period; each cell at most once',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.deliveryValues)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => DeliveryValueDto)
  values!: DeliveryValueDto[];
}
