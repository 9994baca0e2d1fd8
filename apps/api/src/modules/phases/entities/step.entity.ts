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
import type { Phase, PredefinedStepKey, StepStatus } from '@gw/shared/contracts';

/** One checklist step of a phase: predefined (with a key) or added by coordination (a title). */
@Entity({ name: 'steps' })
@Index('steps_initiative_id_phase_position_idx', ['initiativeId', 'phase', 'position'])
@Index('steps_responsible_member_id_idx', ['responsibleMemberId'])
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('steps_initiative_id_key_key', { synchronize: false })
@Check('steps_phase_check', "phase IN ('initiierung', 'gestaltung', 'umsetzung')")
@Check('steps_status_check', "status IN ('open', 'in_progress', 'done', 'not_applicable')")
@Check('steps_key_or_title_check', '(key IS NULL) <> (title IS NULL)')
export class StepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'steps_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text' })
  phase!: Phase;

  @Column({ type: 'text', nullable: true })
  key!: PredefinedStepKey | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text', default: 'open' })
  status!: StepStatus;

  /** FK memberships(id) ON DELETE SET NULL: a removed member leaves the step unassigned. */
  @Column({ name: 'responsible_member_id', type: 'uuid', nullable: true })
  @ForeignKey('memberships', { name: 'steps_responsible_member_id_fkey', onDelete: 'SET NULL' })
  responsibleMemberId!: string | null;

  /** A calendar date; TypeORM hydrates `date` columns as 'YYYY-MM-DD' strings. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
