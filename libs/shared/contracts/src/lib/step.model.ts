import type { Phase } from './phase';

/** offen, in Arbeit, erledigt, entfällt */
export const STEP_STATUSES = ['open', 'in_progress', 'done', 'not_applicable'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/**
 * The checklist of each phase (shared/domain.md), created with every initiative. The keys are
 * stable; the UI translates them. Steps that coordination adds have a title instead of a key.
 */
export const PREDEFINED_STEPS = {
  initiierung: [
    'identify_owner_and_actors',
    'form_steering_group',
    'secure_coordination_resources',
    'develop_shared_goal',
  ],
  gestaltung: [
    'expand_actor_circle',
    'set_up_working_groups',
    'set_up_coordination_office',
    'develop_action_plan',
    'develop_shared_indicators',
  ],
  umsetzung: [
    'communicate_and_align',
    'steer_and_improve',
    'implement_and_adapt_measures',
    'collect_and_analyse_data',
  ],
} as const satisfies Record<Phase, readonly string[]>;
export type PredefinedStepKey = (typeof PREDEFINED_STEPS)[Phase][number];

export const STEP_LIMITS = { title: 200, note: 2000 } as const;

export interface MemberRef {
  /** The membership's id. */
  memberId: string;
  displayName: string;
}

export interface Step {
  id: string;
  phase: Phase;
  /** Set for the predefined steps; null for the steps coordination added. */
  key: PredefinedStepKey | null;
  /** Set for the steps coordination added; null for the predefined ones. */
  title: string | null;
  position: number;
  status: StepStatus;
  responsible: MemberRef | null;
  /** A calendar date, YYYY-MM-DD. */
  dueDate: string | null;
  note: string;
  version: number;
}

export interface PhaseOverview {
  phase: Phase;
  /** The initiative's current phase. */
  current: boolean;
  /** A phase before the current one. */
  completed: boolean;
  steps: Step[];
}

export interface CreateStepRequest {
  phase: Phase;
  title: string;
  responsibleMemberId?: string | null;
  dueDate?: string | null;
  note?: string;
}

export interface UpdateStepRequest {
  status?: StepStatus;
  /** Only for steps coordination added. */
  title?: string;
  responsibleMemberId?: string | null;
  dueDate?: string | null;
  note?: string;
  version: number;
}
