import type {
  ApprovalQuorum,
  IndicatorStatus,
  IndicatorVisibility,
  ReportPeriodType,
  VersionStatus,
} from '@gw/shared/contracts';
import type { TranslationKey } from '@gw/web/shared/i18n';

/** The states a report goes through: draft → in_review → approved | rejected; approved → published. */
type ReportStatus = Extract<
  VersionStatus,
  'draft' | 'in_review' | 'approved' | 'rejected' | 'published'
>;

const REPORT_STATUSES: readonly VersionStatus[] = [
  'draft',
  'in_review',
  'approved',
  'rejected',
  'published',
];

/** Keys of the reports' words, typed: `{{ reportStatusKey(version.status) | t }}`. */
export const reportStatusKey = (status: VersionStatus): TranslationKey =>
  REPORT_STATUSES.includes(status)
    ? `reports.status.${status as ReportStatus}`
    : 'reports.status.other';
export const periodTypeKey = (type: ReportPeriodType): TranslationKey =>
  `reports.periodType.${type}`;
export const indicatorStatusKey = (status: IndicatorStatus): TranslationKey =>
  `reports.indicatorStatus.${status}`;
export const visibilityKey = (visibility: IndicatorVisibility): TranslationKey =>
  `reports.visibility.${visibility}`;
export const quorumKey = (quorum: ApprovalQuorum): TranslationKey =>
  `reports.approval.quorum.${quorum}`;
