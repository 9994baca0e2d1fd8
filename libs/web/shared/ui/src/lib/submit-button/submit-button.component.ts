import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/**
 * The submit button of a form: looks disabled with a spinner while `busy`, but keeps focus
 * (`disabledInteractive`), so keyboard users do not lose their place; forms ignore a second submit.
 */
@Component({
  selector: 'gw-submit-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressSpinnerModule],
  template: `
    <button
      mat-flat-button
      type="submit"
      [disabled]="busy() || disabled()"
      [disabledInteractive]="true"
      [attr.aria-busy]="busy()"
    >
      @if (busy()) {
        <mat-spinner class="spinner" diameter="18" aria-hidden="true" />
      }
      <ng-content />
    </button>
  `,
  styles: `
    .spinner {
      display: inline-block;
      margin-inline-end: var(--gw-space-2);
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }
  `,
})
export class SubmitButtonComponent {
  readonly busy = input(false);
  readonly disabled = input(false);
}
