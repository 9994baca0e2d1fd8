import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe, TranslatePipe } from '@gw/web/shared/i18n';

/**
 * The `password` control of the surrounding form, with a button that shows or hides what was
 * typed. `autocomplete` tells password managers whether it is the current or a new password.
 */
@Component({
  selector: 'gw-password-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  // `formControlName` below joins the form of the page that places this field.
  viewProviders: [
    { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
  ],
  template: `
    <mat-form-field>
      <mat-label>{{ 'auth.password' | t }}</mat-label>
      <input
        matInput
        formControlName="password"
        [type]="hidden() ? 'password' : 'text'"
        [attr.autocomplete]="autocomplete()"
        required
      />
      <button
        mat-icon-button
        matSuffix
        type="button"
        [attr.aria-label]="(hidden() ? 'auth.showPassword' : 'auth.hidePassword') | t"
        [attr.aria-pressed]="!hidden()"
        (click)="hidden.set(!hidden())"
      >
        <mat-icon [svgIcon]="hidden() ? 'visibility' : 'visibility_off'" />
      </button>
      @if (hint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
      <mat-error>{{ form.control?.get('password')?.errors | gwFieldError }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class PasswordFieldComponent {
  readonly autocomplete = input.required<'current-password' | 'new-password'>();
  readonly hint = input<string>();

  protected readonly form = inject(ControlContainer);
  protected readonly hidden = signal(true);
}
