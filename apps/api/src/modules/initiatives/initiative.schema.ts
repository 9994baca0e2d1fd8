import { ApiProperty } from '@nestjs/swagger';
import {
  APPROVAL_QUORUMS,
  type ApprovalQuorum,
  type Initiative,
  type InitiativeSummary,
  PHASES,
  type Phase,
  type Region,
  type Role,
  ROLES,
  TARGET_GROUPS,
  type TargetGroup,
} from '@gw/shared/contracts';
import { PageSchema } from '../../common/swagger/page.schema';

class RegionSchema implements Region {
  @ApiProperty({ example: 'Lindenfeld' })
  municipality!: string;

  @ApiProperty({ type: [String], example: ['Mitte', 'Nordstadt'] })
  districts!: string[];
}

export class InitiativeSchema implements Initiative {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Jugendpakt Lindenfeld' })
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: TARGET_GROUPS, isArray: true })
  targetGroups!: TargetGroup[];

  @ApiProperty({ type: [String] })
  customTargetGroups!: string[];

  @ApiProperty({ type: RegionSchema })
  region!: Region;

  @ApiProperty({ type: String, nullable: true })
  owner!: string | null;

  @ApiProperty({ enum: PHASES })
  phase!: Phase;

  @ApiProperty({
    enum: APPROVAL_QUORUMS,
    description: 'Steering approvals needed for baselines and reports',
  })
  approvalQuorum!: ApprovalQuorum;

  @ApiProperty({
    example: 5,
    description: 'Public views suppress disaggregated values resting on fewer cases than this',
  })
  suppressionThreshold!: number;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ enum: ROLES, description: "The caller's role in this initiative" })
  myRole!: Role;
}

export class InitiativeSummarySchema implements InitiativeSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  municipality!: string;

  @ApiProperty({ enum: PHASES })
  phase!: Phase;

  @ApiProperty({ enum: ROLES })
  myRole!: Role;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export const InitiativeSummaryPageSchema = PageSchema(
  InitiativeSummarySchema,
  'InitiativeSummaryPage',
);
