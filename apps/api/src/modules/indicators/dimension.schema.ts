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

/** A dimension as read by `DIMENSION_SELECT`. */
export interface DimensionRow {
  id: string;
  name: string;
  value_list: { id: string; value: string }[];
  version: number;
}

/** Dimensions with their values in order, in one statement. */
export const DIMENSION_SELECT = `
  SELECT d.id, d.name, d.version,
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', v.id, 'value', v.value)
                                    ORDER BY v.position, v.id)
                     FROM dimension_values v WHERE v.dimension_id = d.id), '[]') AS value_list
    FROM dimensions d`;

export const toDimension = (row: DimensionRow): Dimension => ({
  id: row.id,
  name: row.name,
  values: row.value_list,
  version: row.version,
});
