import type {
  ApprovalQuorum,
  AuditAction,
  MeasureStatus,
  VersionStatus,
} from '@gw/shared/contracts';
import type { TranslationKey } from '@gw/web/shared/i18n';

/** The states a baseline goes through (see ARTIFACT_KINDS: draft → submitted → …). */
export type BaselineStatus = Extract<
  VersionStatus,
  'draft' | 'submitted' | 'approved' | 'rejected' | 'superseded'
>;

const BASELINE_STATUSES: readonly VersionStatus[] = [
  'draft',
  'submitted',
  'approved',
  'rejected',
  'superseded',
];

/** Keys of the baselines' words, typed: `{{ baselineStatusKey(version.status) | t }}`. */
export const baselineStatusKey = (status: VersionStatus): TranslationKey =>
  BASELINE_STATUSES.includes(status)
    ? `baselines.status.${status as BaselineStatus}`
    : 'baselines.status.other';
export const quorumKey = (quorum: ApprovalQuorum): TranslationKey => `baselines.quorum.${quorum}`;
export const quorumHintKey = (quorum: ApprovalQuorum): TranslationKey =>
  `baselines.quorum.${quorum}.hint`;
export const measureStatusKey = (status: MeasureStatus): TranslationKey =>
  `baselines.measureStatus.${status}`;
export const auditActionKey = (action: AuditAction): TranslationKey => `baselines.audit.${action}`;
