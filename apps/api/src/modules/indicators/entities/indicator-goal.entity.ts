import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** An indicator measures progress on a goal; both FKs ON DELETE CASCADE. */
@Entity({ name: 'indicator_goals' })
@Index('indicator_goals_goal_id_idx', ['goalId'])
export class IndicatorGoalEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  @ForeignKey('indicators', { name: 'indicator_goals_indicator_id_fkey', onDelete: 'CASCADE' })
  indicatorId!: string;

  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  @ForeignKey('goals', { name: 'indicator_goals_goal_id_fkey', onDelete: 'CASCADE' })
  goalId!: string;
}
