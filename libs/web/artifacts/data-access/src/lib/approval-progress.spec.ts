import type { Approval, ApprovalOverview } from '@gw/shared/contracts';
import { approvalProgress } from './approval-progress';

const person = (id: string) => ({ userId: id, displayName: `Person ${id}` });

const decision = (id: string, choice: Approval['decision']): Approval => ({
  id: `a-${id}`,
  approver: person(id),
  decision: choice,
  comment: choice === 'reject' ? 'Bitte nachbessern.' : null,
  contentHash: 'f'.repeat(64),
  decidedAt: '2026-11-20T10:00:00Z',
});

const overview = (approvals: Approval[], needed = 2): ApprovalOverview => ({
  versionNumber: 1,
  quorum: 'majority',
  approvers: [person('u1'), person('u2'), person('u3')],
  needed,
  approvals,
  canDecide: false,
});

describe('approvalProgress', () => {
  it('counts approvals against the quorum and names who has not decided', () => {
    const progress = approvalProgress(overview([decision('u2', 'approve')]));
    expect(progress).toMatchObject({ approved: 1, rejected: 0, needed: 2, complete: false });
    expect(progress.pending.map((p) => p.userId)).toEqual(['u1', 'u3']);
  });

  it('is complete once the needed approvals are there', () => {
    const progress = approvalProgress(
      overview([decision('u1', 'approve'), decision('u3', 'approve')]),
    );
    expect(progress).toMatchObject({ approved: 2, complete: true });
    expect(progress.pending.map((p) => p.userId)).toEqual(['u2']);
  });

  it('counts rejections apart from approvals', () => {
    const progress = approvalProgress(overview([decision('u1', 'reject')]));
    expect(progress).toMatchObject({ approved: 0, rejected: 1, complete: false });
  });
});
