import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** A message announced to screen readers; `tone` info for neutral notices. */
@Component({
  selector: 'gw-error-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <div
      class="box"
      [class.info]="tone() === 'info'"
      [attr.role]="tone() === 'info' ? 'status' : 'alert'"
    >
      <mat-icon class="icon" aria-hidden="true" [svgIcon]="tone() === 'info' ? 'info' : 'error'" />
      <div class="body">
        <p class="message">{{ message() }}</p>
        <ng-content />
      </div>
    </div>
  `,
  styles: `
    .box {
      display: flex;
      gap: var(--gw-space-3);
      align-items: flex-start;
      padding: var(--gw-space-3) var(--gw-space-4);
      border-radius: var(--gw-radius);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      margin-block: var(--gw-space-3);
    }
    .box.info {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .icon {
      flex: none;
    }
    .body {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gw-space-2) var(--gw-space-3);
    }
    .message {
      margin: 0;
      padding-block-start: 2px;
    }
  `,
})
export class ErrorMessageComponent {
  readonly message = input.required<string>();
  readonly tone = input<'error' | 'info'>('error');
}
