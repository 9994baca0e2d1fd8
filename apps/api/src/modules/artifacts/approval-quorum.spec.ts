import { approvalsNeeded } from './approval-quorum';

describe('approvalsNeeded', () => {
  it.each([
    ['all', 5, 5],
    ['majority', 5, 3],
    ['majority', 4, 3],
    ['majority', 1, 1],
    ['any', 5, 1],
  ] as const)('%s of %i approvers needs %i approvals', (quorum, approvers, needed) => {
    expect(approvalsNeeded(quorum, approvers)).toBe(needed);
  });
});
