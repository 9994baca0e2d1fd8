import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A disaggregation dimension of an indicator; a dimension in use cannot be deleted (RESTRICT). */
@Entity({ name: 'indicator_dimensions' })
@Index('indicator_dimensions_dimension_id_idx', ['dimensionId'])
export class IndicatorDimensionEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  @ForeignKey('indicators', { name: 'indicator_dimensions_indicator_id_fkey', onDelete: 'CASCADE' })
  indicatorId!: string;

  @PrimaryColumn({ name: 'dimension_id', type: 'uuid' })
  @ForeignKey('dimensions', {
    name: 'indicator_dimensions_dimension_id_fkey',
    onDelete: 'RESTRICT',
  })
  dimensionId!: string;
}
