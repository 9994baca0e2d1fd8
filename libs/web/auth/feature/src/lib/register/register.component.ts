import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  inject,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@gw/shared/contracts';
import { AuthStore, FormSubmit, problemMessage, safeReturnUrl } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, GwValidators, SubmitButtonComponent } from '@gw/web/shared/ui';

@Component({
  selector: 'gw-register',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ErrorMessageComponent,
    SubmitButtonComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './register.component.html',
  styleUrl: '../auth-page.scss',
})
export class RegisterComponent implements OnInit {
  readonly returnUrl = input<string>();
  readonly email = input<string>();

  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

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
  protected readonly hidePassword = signal(true);

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  protected async submit(): Promise<void> {
    const { displayName, email, password } = this.form.getRawValue();
    await this.submission.run(async () => {
      await firstValueFrom(
        this.auth.register({ displayName: displayName.trim(), email: email.trim(), password }),
      );
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    });
  }
}
