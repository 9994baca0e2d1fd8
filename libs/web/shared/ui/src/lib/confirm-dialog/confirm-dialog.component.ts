import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, type MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

/** Texts come translated from the caller; the dialog closes with `true` on confirm. */
export interface ConfirmDialogData {
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /**
   * `danger` (default) paints the confirm button red, for what removes or cannot be undone;
   * `positive` leaves it in the primary colour, for agreeing to something (an approval).
   */
  tone?: 'danger' | 'positive';
}

@Component({
  selector: 'gw-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.text }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ data.cancelLabel }}</button>
      <button
        mat-flat-button
        type="button"
        [class.danger]="data.tone !== 'positive'"
        [mat-dialog-close]="true"
        cdkFocusInitial
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialogComponent {
  /** Dialog content receives its data by injection; that is Material's contract, not a service. */
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/**
 * Asks before something destructive: opens the confirm dialog and resolves `true` only when the
 * user confirmed (not on cancel, Escape or a click outside).
 */
export async function confirm(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const ref = dialog.open<ConfirmDialogComponent, ConfirmDialogData, boolean>(
    ConfirmDialogComponent,
    { data },
  );
  return (await firstValueFrom(ref.afterClosed())) === true;
}
