import type { UserRef } from './user.model';

/** How many steering members must approve a baseline or a report: all, a majority, or one. */
export const APPROVAL_QUORUMS = ['all', 'majority', 'any'] as const;
export type ApprovalQuorum = (typeof APPROVAL_QUORUMS)[number];

export const APPROVAL_DECISIONS = ['approve', 'reject'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export const APPROVAL_LIMITS = { comment: 4000 } as const;

export interface ApprovalRequest {
  decision: ApprovalDecision;
  comment?: string;
}

/** A steering member's decision on one exact, frozen version. */
export interface Approval {
  id: string;
  approver: UserRef | null;
  decision: ApprovalDecision;
  comment: string | null;
  contentHash: string;
  decidedAt: string;
}

/** Where the approval of a submitted version stands. */
export interface ApprovalOverview {
  versionNumber: number;
  quorum: ApprovalQuorum;
  /** The steering members when the version was submitted: the ones asked to decide. */
  approvers: UserRef[];
  /** How many approvals the quorum needs. */
  needed: number;
  approvals: Approval[];
  /** Whether the caller may decide now. */
  canDecide: boolean;
}
