import { Check, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A measure that another depends on (never itself); both FKs ON DELETE CASCADE. */
@Entity({ name: 'measure_dependencies' })
@Index('measure_dependencies_depends_on_id_idx', ['dependsOnId'])
@Check('measure_dependencies_not_self_check', 'measure_id <> depends_on_id')
export class MeasureDependencyEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  @ForeignKey('measures', { name: 'measure_dependencies_measure_id_fkey', onDelete: 'CASCADE' })
  measureId!: string;

  @PrimaryColumn({ name: 'depends_on_id', type: 'uuid' })
  @ForeignKey('measures', { name: 'measure_dependencies_depends_on_id_fkey', onDelete: 'CASCADE' })
  dependsOnId!: string;
}
