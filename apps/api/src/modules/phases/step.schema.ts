import { ApiProperty } from '@nestjs/swagger';
import {
  type MemberRef,
  type Phase,
  type PhaseOverview,
  PHASES,
  PREDEFINED_STEPS,
  type PredefinedStepKey,
  type Step,
  STEP_STATUSES,
  type StepStatus,
} from '@gw/shared/contracts';

const STEP_KEYS = Object.values(PREDEFINED_STEPS).flat();

export class MemberRefSchema implements MemberRef {
  @ApiProperty({ format: 'uuid', description: "The membership's id" })
  memberId!: string;

  @ApiProperty({ example: 'Miriam Hoffmann' })
  displayName!: string;
}

export class StepSchema implements Step {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: PHASES })
  phase!: Phase;

  @ApiProperty({ enum: STEP_KEYS, nullable: true, description: 'Set for the predefined steps' })
  key!: PredefinedStepKey | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Set for the steps coordination added',
  })
  title!: string | null;

  @ApiProperty({ example: 1 })
  position!: number;

  @ApiProperty({ enum: STEP_STATUSES })
  status!: StepStatus;

  @ApiProperty({ type: MemberRefSchema, nullable: true })
  responsible!: MemberRef | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-03-31' })
  dueDate!: string | null;

  @ApiProperty()
  note!: string;

  @ApiProperty({ example: 1 })
  version!: number;
}

export class PhaseOverviewSchema implements PhaseOverview {
  @ApiProperty({ enum: PHASES })
  phase!: Phase;

  @ApiProperty({ description: "The initiative's current phase" })
  current!: boolean;

  @ApiProperty({ description: 'A phase before the current one' })
  completed!: boolean;

  @ApiProperty({ type: [StepSchema] })
  steps!: Step[];
}
