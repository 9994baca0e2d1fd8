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

/** A step as read by `STEP_SELECT`. */
export interface StepRow {
  id: string;
  phase: Phase;
  key: PredefinedStepKey | null;
  title: string | null;
  position: number;
  status: StepStatus;
  responsible_member_id: string | null;
  responsible_name: string | null;
  due_date: string | null;
  note: string;
  version: number;
}

/** Steps with their responsible member's name; the date as text, never shifted by a time zone. */
export const STEP_SELECT = `
  SELECT s.id, s.phase, s.key, s.title, s.position, s.status, s.responsible_member_id,
         u.display_name AS responsible_name, s.due_date::text AS due_date, s.note, s.version
    FROM steps s
    LEFT JOIN memberships m ON m.id = s.responsible_member_id
    LEFT JOIN users u ON u.id = m.user_id`;

export function toStep(row: StepRow): Step {
  return {
    id: row.id,
    phase: row.phase,
    key: row.key,
    title: row.title,
    position: row.position,
    status: row.status,
    responsible:
      row.responsible_member_id && row.responsible_name !== null
        ? { memberId: row.responsible_member_id, displayName: row.responsible_name }
        : null,
    dueDate: row.due_date,
    note: row.note,
    version: row.version,
  };
}
