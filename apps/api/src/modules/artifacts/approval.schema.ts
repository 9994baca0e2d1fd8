import { ApiProperty } from '@nestjs/swagger';
import {
  APPROVAL_DECISIONS,
  APPROVAL_QUORUMS,
  type Approval,
  type ApprovalDecision,
  type ApprovalOverview,
  type ApprovalQuorum,
  type UserRef,
} from '@gw/shared/contracts';
import { UserRefSchema } from '../users/user-ref.schema';

export class ApprovalSchema implements Approval {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  approver!: UserRef | null;

  @ApiProperty({ enum: APPROVAL_DECISIONS })
  decision!: ApprovalDecision;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;

  @ApiProperty({ description: 'The hash of the version decided on' })
  contentHash!: string;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;
}

export class ApprovalOverviewSchema implements ApprovalOverview {
  @ApiProperty()
  versionNumber!: number;

  @ApiProperty({ enum: APPROVAL_QUORUMS })
  quorum!: ApprovalQuorum;

  @ApiProperty({ type: [UserRefSchema] })
  approvers!: UserRef[];

  @ApiProperty({ example: 2 })
  needed!: number;

  @ApiProperty({ type: [ApprovalSchema] })
  approvals!: Approval[];

  @ApiProperty()
  canDecide!: boolean;
}
