import { DestroyRef, Directive, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormGroupDirective } from '@angular/forms';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { I18nService } from '@gw/web/shared/i18n';
import { filter, merge } from 'rxjs';
import { confirm } from '../confirm-dialog/confirm-dialog.component';

/**
 * Keeps a dialog with a form from losing what was typed: Escape, a click outside and `cancel()`
 * close a pristine form at once but ask „Änderungen verwerfen?“ first when the form is dirty.
 * Sits on the dialog's `<form [formGroup]>` or inside it (the form-dialog frame carries it), or
 * names its control (`[gwConfirmDiscard]="comment"`) where there is no form group; saving closes
 * through the dialog ref and is not asked about.
 */
@Directive({ selector: '[gwConfirmDiscard]', exportAs: 'gwConfirmDiscard' })
export class ConfirmDiscardDirective {
  /** The control to watch where no `[formGroup]` is around; otherwise the form group's. */
  readonly control = input<AbstractControl | '' | undefined>(undefined, {
    alias: 'gwConfirmDiscard',
  });
  private readonly formGroup = inject(FormGroupDirective, { optional: true });
  private readonly dialogRef = inject(MatDialogRef);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  /** A question already open: a second Escape must not stack another one. */
  private asking = false;

  constructor() {
    // Material would close on Escape and backdrop click itself; from here on this directive decides.
    this.dialogRef.disableClose = true;
    merge(
      this.dialogRef.backdropClick(),
      this.dialogRef
        .keydownEvents()
        .pipe(filter((event) => event.key === 'Escape' && !hasModifier(event))),
    )
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((event) => {
        event.preventDefault();
        void this.cancel();
      });
  }

  /** Closes the dialog without a result, after asking when there are changes. */
  async cancel(): Promise<void> {
    if (this.asking) return;
    if ((this.control() || this.formGroup?.form)?.dirty) {
      this.asking = true;
      const discard = await confirm(this.dialog, {
        title: this.i18n.t('dialog.discard.title'),
        text: this.i18n.t('dialog.discard.text'),
        confirmLabel: this.i18n.t('dialog.discard.confirm'),
        cancelLabel: this.i18n.t('dialog.discard.keep'),
      });
      this.asking = false;
      if (!discard) return;
    }
    this.dialogRef.close();
  }
}

function hasModifier(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
}
