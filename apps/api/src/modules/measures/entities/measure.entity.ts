import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { MeasureStatus } from '@gw/shared/contracts';

/** A Maßnahme of the action plan. */
@Entity({ name: 'measures' })
@Index('measures_initiative_id_status_idx', ['initiativeId', 'status'])
@Index('measures_working_group_id_idx', ['workingGroupId'])
@Index('measures_lead_actor_id_idx', ['leadActorId'])
@Check(
  'measures_status_check',
  "status IN ('planned', 'running', 'completed', 'delayed', 'cancelled')",
)
@Check('measures_progress_check', '(progress >= 0) AND (progress <= 100)')
@Check(
  'measures_dates_check',
  '(start_date IS NULL) OR (end_date IS NULL) OR (start_date <= end_date)',
)
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK initiatives(id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'measures_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** FK working_groups(id) ON DELETE SET NULL: a deleted group leaves its measures. */
  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  @ForeignKey('working_groups', { name: 'measures_working_group_id_fkey', onDelete: 'SET NULL' })
  workingGroupId!: string | null;

  /** FK actors(id) ON DELETE SET NULL. */
  @Column({ name: 'lead_actor_id', type: 'uuid', nullable: true })
  @ForeignKey('actors', { name: 'measures_lead_actor_id_fkey', onDelete: 'SET NULL' })
  leadActorId!: string | null;

  /** Calendar dates; TypeORM hydrates `date` columns as 'YYYY-MM-DD' strings. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'text', default: 'planned' })
  status!: MeasureStatus;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
