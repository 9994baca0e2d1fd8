import { Directive, type OnInit, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { type Observable, firstValueFrom } from 'rxjs';
import { AuthStore, safeReturnUrl } from '@gw/web/shared/data-access';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, SubmitButtonComponent } from '@gw/web/shared/ui/forms';
import { AuthCardComponent } from './auth-card/auth-card.component';
import { PasswordFieldComponent } from './password-field/password-field.component';

/** What the templates of both pages use. */
export const AUTH_FORM_IMPORTS = [
  ReactiveFormsModule,
  MatFormFieldModule,
  MatInputModule,
  AuthCardComponent,
  ErrorMessageComponent,
  PasswordFieldComponent,
  SubmitButtonComponent,
  TranslatePipe,
  FieldErrorPipe,
] as const;

/**
 * What the sign-in and the registration page share: the query parameters `returnUrl` (where to go
 * afterwards) and `email` (prefilled), and going on once signed in.
 */
@Directive()
export abstract class AuthFormPage implements OnInit {
  readonly returnUrl = input<string>();
  readonly email = input<string>();

  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** The page's form; both have an e-mail field. */
  protected abstract readonly form: { controls: { email: FormControl<string> } };

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  /** Waits for `signIn`, then goes to the return address (or the start page). */
  protected async signIn(signIn: Observable<unknown>): Promise<void> {
    await firstValueFrom(signIn);
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }
}
