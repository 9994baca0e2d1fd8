import type { ComponentType } from '@angular/cdk/portal';
import type { Injector } from '@angular/core';
import type { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

/**
 * Opens a dialog with a form and resolves with what it closed with. `injector`: the opening
 * component's, so that the dialog gets the providers of its route (form-field defaults, the date
 * adapter); Material would otherwise create it from the root injector.
 */
export function openFormDialog<C, D, R>(
  dialog: MatDialog,
  component: ComponentType<C>,
  data: D,
  injector: Injector,
): Promise<R | undefined> {
  const ref = dialog.open<C, D, R>(component, {
    data,
    injector,
    width: '640px',
    maxWidth: 'calc(100vw - 16px)',
    maxHeight: 'calc(100dvh - 16px)',
    autoFocus: 'first-tabbable',
  });
  return firstValueFrom(ref.afterClosed());
}
