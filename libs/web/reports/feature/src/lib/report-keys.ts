import type {
  ApprovalQuorum,
  IndicatorStatus,
  IndicatorVisibility,
  ReportPeriodType,
  VersionStatus,
} from '@gw/shared/contracts';
import type { I18nService, TranslationKey } from '@gw/web/shared/i18n';
import { formatPeriod } from '@gw/web/shared/ui';

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

/** A reporting period as people say it: `2026-Q2` → „2. Quartal 2026“ (see `formatPeriod`). */
export const periodLabel = (period: string, i18n: I18nService): string =>
  formatPeriod(period, i18n, 'reports.period');
