import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '../error-message/error-message.component';

/**
 * Shown when a save met a newer version (409 stale-version): says so and offers to load the
 * current version, on which the user edits again.
 */
@Component({
  selector: 'gw-stale-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, ErrorMessageComponent, TranslatePipe],
  template: `
    <gw-error-message [message]="message()">
      <button mat-stroked-button type="button" (click)="reload.emit()">
        {{ 'action.reload' | t }}
      </button>
    </gw-error-message>
  `,
})
export class StaleNoticeComponent {
  readonly message = input.required<string>();
  readonly reload = output<void>();
}
