import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { FormSubmit, problemMessage } from '@gw/web/shared/data-access';
import { GwValidators } from '@gw/web/shared/ui/forms';
import { AUTH_FORM_IMPORTS, AuthFormPage } from '../auth-form-page';

@Component({
  selector: 'gw-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AUTH_FORM_IMPORTS],
  templateUrl: './login.component.html',
  styleUrl: '../auth-page.scss',
})
export class LoginComponent extends AuthFormPage {
  /** Query parameter: why we are here, e.g. an expired session. */
  readonly reason = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, GwValidators.email, Validators.maxLength(254)]],
    password: ['', [Validators.required]],
  });
  protected readonly submission = new FormSubmit(this.form, {
    message: (problem) =>
      problem.status === 401 ? { key: 'auth.login.invalid' } : problemMessage(problem),
  });

  protected async submit(): Promise<void> {
    await this.submission.run(() => this.signIn(this.auth.login(this.form.getRawValue())));
  }
}
