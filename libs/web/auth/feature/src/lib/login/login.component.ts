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
import { AuthStore, FormSubmit, problemMessage, safeReturnUrl } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, GwValidators, SubmitButtonComponent } from '@gw/web/shared/ui';

@Component({
  selector: 'gw-login',
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
  templateUrl: './login.component.html',
  styleUrl: '../auth-page.scss',
})
export class LoginComponent implements OnInit {
  /** Query parameters: where to go afterwards, why we are here, an e-mail to prefill. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();
  readonly email = input<string>();

  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, GwValidators.email, Validators.maxLength(254)]],
    password: ['', [Validators.required]],
  });
  protected readonly submission = new FormSubmit(this.form, {
    message: (problem) =>
      problem.status === 401 ? { key: 'auth.login.invalid' } : problemMessage(problem),
  });
  protected readonly hidePassword = signal(true);

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  protected async submit(): Promise<void> {
    await this.submission.run(async () => {
      await firstValueFrom(this.auth.login(this.form.getRawValue()));
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    });
  }
}
