import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A milestone of a measure, in order; FK measures(id) ON DELETE CASCADE. */
@Entity({ name: 'measure_milestones' })
@Index('measure_milestones_measure_id_position_idx', ['measureId', 'position'])
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('measure_milestones_open_due_date_idx', { synchronize: false })
export class MeasureMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'measure_id', type: 'uuid' })
  @ForeignKey('measures', { name: 'measure_milestones_measure_id_fkey', onDelete: 'CASCADE' })
  measureId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'boolean', default: false })
  done!: boolean;

  @Column({ type: 'integer' })
  position!: number;
}
