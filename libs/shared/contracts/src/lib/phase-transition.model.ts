import type { Phase } from './phase';
import type { UserRef } from './user.model';

export const TRANSITION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type TransitionStatus = (typeof TRANSITION_STATUSES)[number];

export const TRANSITION_DECISIONS = ['approve', 'reject'] as const;
export type TransitionDecision = (typeof TRANSITION_DECISIONS)[number];

export const TRANSITION_LIMITS = { rationale: 4000, comment: 4000 } as const;

/** A proposal to move the initiative into its next phase, and the steering group's decision. */
export interface PhaseTransition {
  id: string;
  from: Phase;
  to: Phase;
  rationale: string;
  status: TransitionStatus;
  proposedBy: UserRef | null;
  proposedAt: string;
  decidedBy: UserRef | null;
  decidedAt: string | null;
  comment: string | null;
}

export interface ProposeTransitionRequest {
  to: Phase;
  rationale: string;
}

export interface DecideTransitionRequest {
  decision: TransitionDecision;
  comment?: string;
}
