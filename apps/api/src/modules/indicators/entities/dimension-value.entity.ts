import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One value of a dimension, in order; unique per dimension regardless of case. */
@Entity({ name: 'dimension_values' })
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('dimension_values_dimension_id_value_key', { synchronize: false })
export class DimensionValueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK dimensions(id) ON DELETE CASCADE. */
  @Column({ name: 'dimension_id', type: 'uuid' })
  @ForeignKey('dimensions', { name: 'dimension_values_dimension_id_fkey', onDelete: 'CASCADE' })
  dimensionId!: string;

  @Column({ type: 'text' })
  value!: string;

  @Column({ type: 'integer' })
  position!: number;
}
