import { Entity, PrimaryColumn } from 'typeorm';

/** A measure that another depends on (never itself); both FKs ON DELETE CASCADE. */
@Entity({ name: 'measure_dependencies' })
export class MeasureDependencyEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  measureId!: string;

  @PrimaryColumn({ name: 'depends_on_id', type: 'uuid' })
  dependsOnId!: string;
}
