import { ApiProperty } from '@nestjs/swagger';
import {
  type Phase,
  type PhaseTransition,
  PHASES,
  TRANSITION_STATUSES,
  type TransitionStatus,
  type UserRef,
} from '@gw/shared/contracts';
import { UserRefSchema } from '../users/user-ref.schema';

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
