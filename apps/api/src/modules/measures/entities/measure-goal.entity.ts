import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A goal a measure serves; both FKs ON DELETE CASCADE. */
@Entity({ name: 'measure_goals' })
@Index('measure_goals_goal_id_idx', ['goalId'])
export class MeasureGoalEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  @ForeignKey('measures', { name: 'measure_goals_measure_id_fkey', onDelete: 'CASCADE' })
  measureId!: string;

  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  @ForeignKey('goals', { name: 'measure_goals_goal_id_fkey', onDelete: 'CASCADE' })
  goalId!: string;
}
