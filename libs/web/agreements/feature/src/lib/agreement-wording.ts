import type { AuditEvent } from '@gw/shared/contracts';
import type { ArtifactWording } from '@gw/web/artifacts/feature';
import type { I18nService } from '@gw/web/shared/i18n';
import { auditActionKey, versionStatusKey } from './status-keys';

/** The agreement's words in the shared comparison and audit trail: „Fassung 2“, „in Kraft“. */
export const AGREEMENT_WORDING: ArtifactWording = {
  versionLabel: 'agreement.version',
  statusKey: versionStatusKey,
  diff: 'agreement.diff',
  history: 'agreement.history',
  auditActionKey,
  auditDetails,
};

/** What an entry is about, in words: for which partner, why, from when, copied from where. */
function auditDetails(event: AuditEvent, i18n: I18nService): string[] {
  const detail = event.detail;
  const lines: string[] = [];
  if (detail['actorName']) {
    lines.push(i18n.t('agreement.history.forActor', { actor: detail['actorName'] }));
  }
  if (detail['copiedFrom']) {
    lines.push(i18n.t('agreement.history.copiedFrom', { n: detail['copiedFrom'] }));
  }
  if (detail['by']) lines.push(i18n.t('agreement.history.supersededBy', { n: detail['by'] }));
  if (detail['effectiveDate']) {
    const date = i18n.formatDate(`${detail['effectiveDate']}T12:00:00`);
    lines.push(i18n.t('agreement.history.effective', { date }));
  }
  if (detail['reason']) {
    lines.push(i18n.t('agreement.history.reason', { reason: detail['reason'] }));
  }
  return lines;
}
