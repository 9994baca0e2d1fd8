import { Entity, PrimaryColumn } from 'typeorm';

/** A goal a measure serves; both FKs ON DELETE CASCADE. */
@Entity({ name: 'measure_goals' })
export class MeasureGoalEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  measureId!: string;

  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  goalId!: string;
}
