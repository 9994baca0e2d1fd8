import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Phase, TransitionStatus } from '@gw/shared/contracts';

/** A proposal to move into the next phase, and the steering group's decision on it. */
@Entity({ name: 'phase_transitions' })
export class PhaseTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
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
  proposedBy!: string | null;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  /** FK users(id) ON DELETE SET NULL: who approved, rejected or withdrew the proposal. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
