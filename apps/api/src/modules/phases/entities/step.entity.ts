import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Phase, PredefinedStepKey, StepStatus } from '@gw/shared/contracts';

/** One checklist step of a phase: predefined (with a key) or added by coordination (a title). */
@Entity({ name: 'steps' })
export class StepEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
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
  responsibleMemberId!: string | null;

  /** A calendar date; TypeORM hydrates `date` columns as 'YYYY-MM-DD' strings. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
