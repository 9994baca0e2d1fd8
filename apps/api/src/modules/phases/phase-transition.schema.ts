import { ApiProperty } from '@nestjs/swagger';
import {
  type Phase,
  type PhaseTransition,
  PHASES,
  TRANSITION_STATUSES,
  type TransitionStatus,
  type UserRef,
} from '@gw/shared/contracts';
import { userRef, UserRefSchema } from '../users/user-ref.schema';

export class PhaseTransitionSchema implements PhaseTransition {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: PHASES })
  from!: Phase;

  @ApiProperty({ enum: PHASES })
  to!: Phase;

  @ApiProperty()
  rationale!: string;

  @ApiProperty({ enum: TRANSITION_STATUSES })
  status!: TransitionStatus;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  proposedBy!: UserRef | null;

  @ApiProperty({ format: 'date-time' })
  proposedAt!: string;

  @ApiProperty({
    type: UserRefSchema,
    nullable: true,
    description: 'Who approved or rejected (steering) or withdrew (coordination) the proposal',
  })
  decidedBy!: UserRef | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;
}

export interface TransitionRow {
  id: string;
  from_phase: Phase;
  to_phase: Phase;
  rationale: string;
  status: TransitionStatus;
  proposed_by: string | null;
  proposed_by_name: string | null;
  proposed_at: Date;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  comment: string | null;
}

export const TRANSITION_SELECT = `
  SELECT t.id, t.from_phase, t.to_phase, t.rationale, t.status, t.proposed_by,
         p.display_name AS proposed_by_name, t.proposed_at, t.decided_by,
         d.display_name AS decided_by_name, t.decided_at, t.comment
    FROM phase_transitions t
    LEFT JOIN users p ON p.id = t.proposed_by
    LEFT JOIN users d ON d.id = t.decided_by`;

export function toTransition(row: TransitionRow): PhaseTransition {
  return {
    id: row.id,
    from: row.from_phase,
    to: row.to_phase,
    rationale: row.rationale,
    status: row.status,
    proposedBy: userRef(row.proposed_by, row.proposed_by_name),
    proposedAt: row.proposed_at.toISOString(),
    decidedBy: userRef(row.decided_by, row.decided_by_name),
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    comment: row.comment,
  };
}
