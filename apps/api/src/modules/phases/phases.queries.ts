import type { Phase, PredefinedStepKey, StepStatus, TransitionStatus } from '@gw/shared/contracts';

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
const STEP_SELECT = `
  SELECT s.id, s.phase, s.key, s.title, s.position, s.status, s.responsible_member_id,
         u.display_name AS responsible_name, s.due_date::text AS due_date, s.note, s.version
    FROM steps s
    LEFT JOIN memberships m ON m.id = s.responsible_member_id
    LEFT JOIN users u ON u.id = m.user_id`;

export const STEPS_OF_INITIATIVE = `${STEP_SELECT} WHERE s.initiative_id = $1 ORDER BY s.position, s.created_at, s.id`;

export const STEP_BY_ID = `${STEP_SELECT} WHERE s.initiative_id = $1 AND s.id = $2`;

export const INITIATIVE_PHASE = 'SELECT phase FROM initiatives WHERE id = $1';

/** Serialises concurrent additions of steps, so that each gets its own position. */
export const LOCK_INITIATIVE_FOR_STEPS =
  'SELECT 1 FROM initiatives WHERE id = $1 FOR NO KEY UPDATE';

/** The initiative's phase, held until the step's change commits (a transition waits). */
export const LOCK_INITIATIVE_PHASE = 'SELECT phase FROM initiatives WHERE id = $1 FOR SHARE';

export const NEXT_STEP_POSITION = `
  SELECT coalesce(max(position), 0) + 1 AS position FROM steps
   WHERE initiative_id = $1 AND phase = $2`;

/** Whether a membership ($1) belongs to the initiative ($2): the responsible of a step. */
export const MEMBER_OF_INITIATIVE =
  'SELECT 1 FROM memberships WHERE id = $1 AND initiative_id = $2';

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

const TRANSITION_SELECT = `
  SELECT t.id, t.from_phase, t.to_phase, t.rationale, t.status, t.proposed_by,
         p.display_name AS proposed_by_name, t.proposed_at, t.decided_by,
         d.display_name AS decided_by_name, t.decided_at, t.comment
    FROM phase_transitions t
    LEFT JOIN users p ON p.id = t.proposed_by
    LEFT JOIN users d ON d.id = t.decided_by`;

/** The history, newest first. */
export const TRANSITIONS_OF_INITIATIVE = `${TRANSITION_SELECT} WHERE t.initiative_id = $1 ORDER BY t.proposed_at DESC, t.id`;

export const TRANSITION_BY_ID = `${TRANSITION_SELECT} WHERE t.initiative_id = $1 AND t.id = $2`;
