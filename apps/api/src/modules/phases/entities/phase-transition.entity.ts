import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Phase, TransitionStatus } from '@gw/shared/contracts';

/** A proposal to move into the next phase, and the steering group's decision on it. */
@Entity({ name: 'phase_transitions' })
@Index('phase_transitions_initiative_id_proposed_at_idx', ['initiativeId', 'proposedAt'])
@Index('phase_transitions_proposed_by_idx', ['proposedBy'])
@Index('phase_transitions_decided_by_idx', ['decidedBy'])
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('phase_transitions_one_pending_key', { synchronize: false })
@Check(
  'phase_transitions_status_check',
  "status IN ('pending', 'approved', 'rejected', 'withdrawn')",
)
export class PhaseTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'phase_transitions_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ name: 'from_phase', type: 'text' })
  fromPhase!: Phase;

  @Column({ name: 'to_phase', type: 'text' })
  toPhase!: Phase;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: TransitionStatus;

  /** FK users(id) ON DELETE SET NULL. */
  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'phase_transitions_proposed_by_fkey', onDelete: 'SET NULL' })
  proposedBy!: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  /** FK users(id) ON DELETE SET NULL: who approved, rejected or withdrew the proposal. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'phase_transitions_decided_by_fkey', onDelete: 'SET NULL' })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
