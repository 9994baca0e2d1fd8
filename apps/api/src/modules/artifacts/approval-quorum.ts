import type { ApprovalQuorum } from '@gw/shared/contracts';

/** How many of `approvers` must approve: all of them, more than half, or one. */
export function approvalsNeeded(quorum: ApprovalQuorum, approvers: number): number {
  if (approvers === 0) return 1;
  switch (quorum) {
    case 'all':
      return approvers;
    case 'majority':
      return Math.floor(approvers / 2) + 1;
    case 'any':
      return 1;
  }
}
