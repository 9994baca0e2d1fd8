import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type ActorRef, WITHDRAWAL_LIMITS } from '@gw/shared/contracts';
import { AgreementStore } from '@gw/web/agreements/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ConfirmDiscardDirective,
  ErrorMessageComponent,
  SubmitButtonComponent,
} from '@gw/web/shared/ui';

export interface WithdrawDialogData {
  /** The partners that signed the version in force, have not withdrawn, and the user may act for. */
  actors: ActorRef[];
}

/** Today as YYYY-MM-DD in the user's time zone: the default date of a withdrawal. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Records a partner's Austritt from the agreement in force: date, reason, explicit confirmation. */
@Component({
  selector: 'gw-withdraw-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ConfirmDiscardDirective,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './withdraw-dialog.component.html',
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: var(--gw-space-2);
    }
    .content mat-form-field {
      width: 100%;
    }
    .intro {
      margin: 0 0 var(--gw-space-2);
    }
    .confirm {
      padding: var(--gw-space-2);
      border-radius: var(--gw-radius);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .confirm-error {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class WithdrawDialogComponent {
  protected readonly data = inject<WithdrawDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<WithdrawDialogComponent, string>>(MatDialogRef);
  private readonly store = inject(AgreementStore);

  protected readonly limits = WITHDRAWAL_LIMITS;
  protected readonly form = new FormGroup({
    actorId: new FormControl(
      this.data.actors.length === 1 ? (this.data.actors[0]?.actorId ?? '') : '',
      {
        nonNullable: true,
        validators: [Validators.required],
      },
    ),
    effectiveDate: new FormControl(today(), {
      nonNullable: true,
      validators: [Validators.required],
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(WITHDRAWAL_LIMITS.reason)],
    }),
    confirmed: new FormControl(false, {
      nonNullable: true,
      validators: [Validators.requiredTrue],
    }),
  });
  protected readonly submission = new FormSubmit(this.form);
  private readonly actorId = toSignal(this.form.controls.actorId.valueChanges, {
    initialValue: this.form.controls.actorId.value,
  });
  protected readonly actorName = computed(
    () => this.data.actors.find((actor) => actor.actorId === this.actorId())?.actorName ?? null,
  );

  protected async send(): Promise<void> {
    const { actorId, effectiveDate, reason } = this.form.getRawValue();
    const name = this.actorName() ?? '';
    const sent = await this.submission.run(() =>
      this.store.withdraw({ actorId, effectiveDate, reason: reason.trim() }),
    );
    if (sent) this.ref.close(name);
  }
}
