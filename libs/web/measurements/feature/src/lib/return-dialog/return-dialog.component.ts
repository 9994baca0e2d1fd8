import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MEASUREMENT_LIMITS } from '@gw/shared/contracts';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ConfirmDiscardDirective,
  ErrorMessageComponent,
  StaleNoticeComponent,
  SubmitButtonComponent,
} from '@gw/web/shared/ui';

export interface ReturnDialogData {
  title: string;
  /** What is returned in words: a value, or a delivery of values. */
  intro: string;
  send: (comment: string) => Promise<unknown>;
}

/** Returns a submitted value or delivery to its data stewards with the reason they will read. */
@Component({
  selector: 'gw-return-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ConfirmDiscardDirective,
    ErrorMessageComponent,
    StaleNoticeComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form (ngSubmit)="send()" novalidate [gwConfirmDiscard]="comment" #discard="gwConfirmDiscard">
      <mat-dialog-content class="gw-form">
        @if (submission.stale()) {
          <gw-stale-notice [message]="'measurements.stale' | t" (reload)="close()" />
        }
        <p class="intro">{{ data.intro }}</p>
        <mat-form-field>
          <mat-label>{{ 'measurements.return.comment' | t }}</mat-label>
          <textarea
            matInput
            [formControl]="comment"
            rows="3"
            required
            [maxlength]="maxLength"
          ></textarea>
          <mat-hint>{{ 'measurements.return.commentHint' | t }}</mat-hint>
          <mat-error>{{ comment.errors | gwFieldError }}</mat-error>
        </mat-form-field>
        @if (submission.visibleError(); as error) {
          <gw-error-message [message]="error.key | t: error.params" />
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="discard.cancel()">
          {{ 'action.cancel' | t }}
        </button>
        <gw-submit-button [busy]="submission.saving()" [disabled]="submission.stale()">
          {{ 'measurements.action.return' | t }}
        </gw-submit-button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .intro {
      margin: 0 0 var(--gw-space-3);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReturnDialogComponent {
  private readonly dialogRef =
    inject<MatDialogRef<ReturnDialogComponent, 'returned' | 'stale'>>(MatDialogRef);
  protected readonly data = inject<ReturnDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = MEASUREMENT_LIMITS.comment;

  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MEASUREMENT_LIMITS.comment)],
  });
  protected readonly submission = new FormSubmit(this.comment);

  protected async send(): Promise<void> {
    await this.submission.run(async () => {
      await this.data.send(this.comment.value.trim());
      this.dialogRef.close('returned');
    });
  }

  /** After a conflict the caller reloads what it shows; the value is looked at again there. */
  protected close(): void {
    this.dialogRef.close('stale');
  }
}
