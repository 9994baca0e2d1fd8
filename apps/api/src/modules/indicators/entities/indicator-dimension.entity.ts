import { Entity, PrimaryColumn } from 'typeorm';

/** A disaggregation dimension of an indicator; a dimension in use cannot be deleted (RESTRICT). */
@Entity({ name: 'indicator_dimensions' })
export class IndicatorDimensionEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @PrimaryColumn({ name: 'dimension_id', type: 'uuid' })
  dimensionId!: string;
}
