import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** What a list shows when it has nothing yet: a friendly word and the way to start. */
@Component({
  selector: 'gw-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule],
  template: `
    <section class="empty">
      <mat-icon class="icon" aria-hidden="true" [svgIcon]="icon()" />
      <h2 class="title">{{ title() }}</h2>
      <p class="text">{{ text() }}</p>
      <ng-content />
    </section>
  `,
  styles: `
    .empty {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: var(--gw-space-2);
      padding: var(--gw-space-6) var(--gw-space-4);
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--gw-radius-large);
      background: var(--mat-sys-surface-container-low);
    }
    .icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
      color: var(--mat-sys-primary);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .text {
      margin: 0 0 var(--gw-space-3);
      max-width: 48ch;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EmptyStateComponent {
  readonly icon = input('lightbulb');
  readonly title = input.required<string>();
  readonly text = input.required<string>();
}
