import { Entity, PrimaryColumn } from 'typeorm';

/** An indicator measures progress on a goal; both FKs ON DELETE CASCADE. */
@Entity({ name: 'indicator_goals' })
export class IndicatorGoalEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  goalId!: string;
}
