import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A milestone of a measure, in order; FK measures(id) ON DELETE CASCADE. */
@Entity({ name: 'measure_milestones' })
export class MeasureMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'measure_id', type: 'uuid' })
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
