import type { ApprovalOverview, UserRef } from '@gw/shared/contracts';

/** Where a submitted version's approval stands, counted from the overview the API sends. */
export interface ApprovalProgress {
  approved: number;
  rejected: number;
  needed: number;
  /** The steering members asked who have not decided yet. */
  pending: UserRef[];
  /** The quorum is reached. */
  complete: boolean;
}

export function approvalProgress(overview: ApprovalOverview): ApprovalProgress {
  const approved = overview.approvals.filter((approval) => approval.decision === 'approve').length;
  const rejected = overview.approvals.length - approved;
  const decided = new Set(
    overview.approvals.flatMap((approval) => approval.approver?.userId ?? []),
  );
  return {
    approved,
    rejected,
    needed: overview.needed,
    pending: overview.approvers.filter((approver) => !decided.has(approver.userId)),
    complete: approved >= overview.needed,
  };
}
