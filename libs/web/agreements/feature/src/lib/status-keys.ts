import type { AuditAction, VersionStatus } from '@gw/shared/contracts';
import type { TranslationKey } from '@gw/web/shared/i18n';

/** Keys of the agreement's words, typed: `{{ versionStatusKey(version.status) | t }}`. */
export const versionStatusKey = (status: VersionStatus): TranslationKey =>
  `versionStatus.${status}`;
export const auditActionKey = (action: AuditAction): TranslationKey => `auditAction.${action}`;
export const signatoryStatusKey = (status: 'pending' | 'signed' | 'declined'): TranslationKey =>
  `agreement.signatures.status.${status}`;
