import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { type ActorRef, SIGNATURE_LIMITS, type SignatureDecision } from '@gw/shared/contracts';
import { AgreementStore } from '@gw/web/agreements/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import { FieldErrorPipe, I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import {
  ConfirmDiscardDirective,
  ErrorMessageComponent,
  SubmitButtonComponent,
} from '@gw/web/shared/ui';

export interface SignDialogData {
  versionNumber: number;
  contentHash: string;
  /** The partners the user may sign for; a choice appears when there are several. */
  actors: ActorRef[];
  /** `accede`: a later partner joins the version in force (it cannot decline). */
  mode: 'sign' | 'accede';
}

export interface SignDialogResult {
  decision: SignatureDecision;
  actorName: string;
}

/**
 * Signs, declines or accedes for one partner, on exactly the version (and hash) shown. Nothing
 * is sent without the explicit confirmation; a decline needs a reason.
 */
@Component({
  selector: 'gw-sign-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ConfirmDiscardDirective,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './sign-dialog.component.html',
  styleUrl: './sign-dialog.component.scss',
})
export class SignDialogComponent {
  protected readonly data = inject<SignDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SignDialogComponent, SignDialogResult>>(MatDialogRef);
  private readonly store = inject(AgreementStore);
  private readonly i18n = inject(I18nService);

  protected readonly limits = SIGNATURE_LIMITS;
  protected readonly form = new FormGroup({
    actorId: new FormControl(
      this.data.actors.length === 1 ? (this.data.actors[0]?.actorId ?? '') : '',
      {
        nonNullable: true,
        validators: [Validators.required],
      },
    ),
    decision: new FormControl<SignatureDecision>('sign', { nonNullable: true }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(SIGNATURE_LIMITS.reason)],
    }),
    confirmed: new FormControl(false, {
      nonNullable: true,
      validators: [Validators.requiredTrue],
    }),
  });
  protected readonly submission = new FormSubmit(this.form);
  protected readonly decision = toSignal(this.form.controls.decision.valueChanges, {
    initialValue: this.form.controls.decision.value,
  });
  private readonly actorId = toSignal(this.form.controls.actorId.valueChanges, {
    initialValue: this.form.controls.actorId.value,
  });
  /** The name the confirmation speaks of: the chosen partner. */
  protected readonly actorName = computed(
    () =>
      this.data.actors.find((actor) => actor.actorId === this.actorId())?.actorName ??
      this.i18n.t('agreement.sign.chooseActorFirst'),
  );
  protected readonly confirmKey = computed(() => {
    if (this.data.mode === 'accede') return 'agreement.sign.confirmAccede' as const;
    return this.decision() === 'decline'
      ? ('agreement.sign.confirmDecline' as const)
      : ('agreement.sign.confirmSign' as const);
  });
  protected readonly submitKey = computed(() => {
    if (this.data.mode === 'accede') return 'agreement.accede.submit' as const;
    return this.decision() === 'decline'
      ? ('agreement.sign.submitDecline' as const)
      : ('agreement.sign.submit' as const);
  });

  constructor() {
    // A decline needs a reason: the coordination office and the other partners read it.
    this.form.controls.decision.valueChanges.pipe(takeUntilDestroyed()).subscribe((decision) => {
      const reason = this.form.controls.reason;
      reason.setValidators(
        decision === 'decline'
          ? [Validators.required, Validators.maxLength(SIGNATURE_LIMITS.reason)]
          : [Validators.maxLength(SIGNATURE_LIMITS.reason)],
      );
      reason.updateValueAndValidity();
    });
  }

  protected async send(): Promise<void> {
    const { actorId, decision, reason } = this.form.getRawValue();
    const sent = await this.submission.run(() =>
      this.store.sign({
        decision,
        actorId,
        ...(decision === 'decline' ? { reason: reason.trim() } : {}),
      }),
    );
    if (sent) this.ref.close({ decision, actorName: this.actorName() });
  }
}
