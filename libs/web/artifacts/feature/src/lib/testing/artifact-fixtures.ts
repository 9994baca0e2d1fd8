import type {
  Approval,
  ApprovalOverview,
  ArtifactVersionSummary,
  UserRef,
  VersionStatus,
} from '@gw/shared/contracts';
import type { ArtifactWording } from '../artifact-wording';

/** Test data for the specs of the shared artifact views, as the API sends it. */

export const HASH = 'ab12cd34ef56'.padEnd(64, '0');

export const person = (userId: string, displayName: string): UserRef => ({ userId, displayName });
export const EVA = person('u-eva', 'Eva Brandt');
export const JONAS = person('u-jonas', 'Jonas Weber');
export const LEA = person('u-lea', 'Lea Sommer');

export const summary = (number: number, status: VersionStatus): ArtifactVersionSummary => ({
  number,
  status,
  contentHash: status === 'draft' ? null : HASH,
  createdAt: '2026-11-01T10:00:00Z',
  createdBy: person('u-katrin', 'Katrin Berger'),
  submittedAt: status === 'draft' ? null : '2026-11-02T10:00:00Z',
  submittedBy: status === 'draft' ? null : person('u-katrin', 'Katrin Berger'),
});

export const decision = (
  who: UserRef,
  choice: Approval['decision'],
  comment: string | null = null,
): Approval => ({
  id: `a-${who.userId}`,
  approver: who,
  decision: choice,
  comment,
  contentHash: HASH,
  decidedAt: '2026-11-03T09:30:00Z',
});

export const overview = (
  approvals: Approval[],
  overrides: Partial<ApprovalOverview> = {},
): ApprovalOverview => ({
  versionNumber: 1,
  quorum: 'all',
  approvers: [EVA, JONAS, LEA],
  needed: 3,
  approvals,
  canDecide: false,
  ...overrides,
});

/** The agreement's words (texts: `AGREEMENT_TEXTS`). */
export const AGREEMENT_WORDS: ArtifactWording = {
  versionLabel: 'agreement.version',
  statusKey: (status) => `versionStatus.${status}`,
  diff: 'agreement.diff',
  history: 'agreement.history',
  auditActionKey: (action) => `auditAction.${action}`,
  auditDetails: (event) =>
    event.detail['reason'] ? [`Begründung: ${event.detail['reason']}`] : [],
};
