import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@gw/shared/contracts';
import { FormSubmit, problemMessage } from '@gw/web/shared/data-access';
import { GwValidators } from '@gw/web/shared/ui/forms';
import { AUTH_FORM_IMPORTS, AuthFormPage } from '../auth-form-page';

@Component({
  selector: 'gw-register',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AUTH_FORM_IMPORTS],
  templateUrl: './register.component.html',
  styleUrl: '../auth-page.scss',
})
export class RegisterComponent extends AuthFormPage {
  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, GwValidators.email, Validators.maxLength(254)]],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
  });
  protected readonly submission = new FormSubmit(this.form, {
    message: (problem) => {
      if (problem.status === 409) {
        this.form.controls.email.setErrors({ server: { key: 'error.emailTaken' } });
        this.form.controls.email.markAsTouched();
      }
      return problemMessage(problem);
    },
  });

  protected async submit(): Promise<void> {
    const { displayName, email, password } = this.form.getRawValue();
    await this.submission.run(() =>
      this.signIn(
        this.auth.register({ displayName: displayName.trim(), email: email.trim(), password }),
      ),
    );
  }
}
