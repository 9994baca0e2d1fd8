import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { I18nService } from '@gw/web/shared/i18n';
import { confirm } from '@gw/web/shared/ui';

/** A page that may hold changes not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Leaving the editor with unsaved changes asks first; the changes are lost only on "yes". */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component.hasUnsavedChanges()) return true;
  const i18n = inject(I18nService);
  return confirm(inject(MatDialog), {
    title: i18n.t('agreement.leave.title'),
    text: i18n.t('agreement.leave.text'),
    confirmLabel: i18n.t('agreement.leave.confirm'),
    cancelLabel: i18n.t('action.cancel'),
  });
};
