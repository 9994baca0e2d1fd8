import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One value of a dimension, in order; unique per dimension regardless of case. */
@Entity({ name: 'dimension_values' })
export class DimensionValueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK dimensions(id) ON DELETE CASCADE. */
  @Column({ name: 'dimension_id', type: 'uuid' })
  dimensionId!: string;

  @Column({ type: 'text' })
  value!: string;

  @Column({ type: 'integer' })
  position!: number;
}
