import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's one `<h1>`, an optional intro and, on the right, the page's main actions. */
@Component({
  selector: 'gw-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="header">
      <div class="text">
        <h1 class="title">{{ title() }}</h1>
        @if (intro()) {
          <p class="intro">{{ intro() }}</p>
        }
      </div>
      <div class="actions"><ng-content /></div>
    </div>
  `,
  styles: `
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: var(--gw-space-3);
      margin-block-end: var(--gw-space-5);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      color: var(--mat-sys-on-surface);
    }
    .intro {
      margin: var(--gw-space-2) 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
    }
    .actions:empty {
      display: none;
    }
  `,
})
export class PageHeaderComponent {
  readonly title = input.required<string>();
  readonly intro = input<string>();
}
