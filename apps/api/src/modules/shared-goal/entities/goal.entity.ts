import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** One goal serving the vision; ordered by position. */
@Entity({ name: 'goals' })
@Index('goals_initiative_id_position_idx', ['initiativeId', 'position'])
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK shared_goals(initiative_id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('shared_goals', 'initiativeId', {
    name: 'goals_initiative_id_fkey',
    onDelete: 'CASCADE',
  })
  initiativeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'integer' })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
