import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { type InvitationCreated, ROLES, type Role } from '@gw/shared/contracts';
import { MembersStore } from '@gw/web/members/data-access';
import { FormSubmit } from '@gw/web/shared/data-access';
import {
  FieldErrorPipe,
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  roleDescriptionKey,
  roleKey,
} from '@gw/web/shared/i18n';
import { ErrorMessageComponent, GwValidators, SubmitButtonComponent } from '@gw/web/shared/ui';

/** The coordination office invites someone by e-mail and gets the link to pass on. */
@Component({
  selector: 'gw-invite-member',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    ClipboardModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
    LocalDatePipe,
  ],
  templateUrl: './invite-member.component.html',
  styleUrl: './invite-member.component.scss',
})
export class InviteMemberComponent {
  private readonly store = inject(MembersStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly roles = ROLES;
  protected readonly roleKey = roleKey;
  protected readonly roleDescriptionKey = roleDescriptionKey;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, GwValidators.email, Validators.maxLength(254)]],
    role: ['partner' as Role, [Validators.required]],
  });
  protected readonly submission = new FormSubmit(this.form);
  protected readonly created = signal<InvitationCreated | null>(null);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected async submit(): Promise<void> {
    await this.submission.run(async () => {
      const { email, role } = this.form.getRawValue();
      this.created.set(await this.store.invite({ email: email.trim(), role }));
      // resetForm, not reset: also forgets "submitted", so the empty field shows no error.
      this.formDirective().resetForm({ email: '', role: 'partner' });
    });
  }

  protected copied(success: boolean): void {
    if (success) this.snackBar.open(this.i18n.t('action.copied'), undefined, { duration: 3000 });
  }
}
