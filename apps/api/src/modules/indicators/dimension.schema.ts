import { ApiProperty } from '@nestjs/swagger';
import type { Dimension } from '@gw/shared/contracts';

export class DimensionValueSchema {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Nordviertel' })
  value!: string;
}

export class DimensionSchema implements Dimension {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Stadtteil' })
  name!: string;

  @ApiProperty({ type: [DimensionValueSchema], description: 'In order' })
  values!: { id: string; value: string }[];

  @ApiProperty({ example: 1 })
  version!: number;
}
