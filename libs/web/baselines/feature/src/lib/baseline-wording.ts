import type { AuditEvent } from '@gw/shared/contracts';
import type { ArtifactWording } from '@gw/web/artifacts/feature';
import type { I18nService } from '@gw/web/shared/i18n';
import { auditActionKey, baselineStatusKey } from './baseline-keys';

/** The baselines' words in the shared comparison and audit trail: „Basislinie 2“, „zur Freigabe“. */
export const BASELINE_WORDING: ArtifactWording = {
  versionLabel: 'baselines.number',
  statusKey: baselineStatusKey,
  diff: 'baselines.diff',
  history: 'baselines.history',
  auditActionKey,
  auditDetails,
};

/** What an entry is about, in words: the comment, copied from which baseline, superseded by. */
function auditDetails(event: AuditEvent, i18n: I18nService): string[] {
  const detail = event.detail;
  const lines: string[] = [];
  if (detail['comment']) {
    lines.push(i18n.t('baselines.history.comment', { comment: detail['comment'] }));
  }
  if (detail['copiedFrom']) {
    lines.push(i18n.t('baselines.history.after', { n: detail['copiedFrom'] }));
  }
  if (detail['by']) lines.push(i18n.t('baselines.history.supersededBy', { n: detail['by'] }));
  return lines;
}
