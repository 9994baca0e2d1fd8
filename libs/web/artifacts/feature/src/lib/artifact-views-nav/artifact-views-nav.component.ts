import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import type { TextPrefix } from '../text-prefix';

/** The texts of the views' links, found under the kind's prefix (`agreement.nav.label`, …). */
export type ViewsNavText = 'label' | 'compare' | 'history';

/**
 * The links between the views of an artifact's page: its main view (the document, the list of
 * baselines), the comparison (`compare`) and the audit trail (`history`), relative to the page's
 * route. The current one is marked for sight and for screen readers.
 */
@Component({
  selector: 'gw-artifact-views-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <nav class="views" [attr.aria-label]="key('label') | t">
      <a
        mat-button
        routerLink="."
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        [routerLinkActiveOptions]="exact"
      >
        <mat-icon aria-hidden="true" [svgIcon]="mainIcon()" />
        {{ mainLabel() | t }}
      </a>
      <a mat-button routerLink="compare" routerLinkActive="active" ariaCurrentWhenActive="page">
        <mat-icon aria-hidden="true" svgIcon="compare_arrows" />
        {{ key('compare') | t }}
      </a>
      <a mat-button routerLink="history" routerLinkActive="active" ariaCurrentWhenActive="page">
        <mat-icon aria-hidden="true" svgIcon="history" />
        {{ key('history') | t }}
      </a>
    </nav>
  `,
  styles: `
    .views {
      display: flex;
      flex-wrap: wrap;
      gap: var(--gw-space-2);
      margin-block-end: var(--gw-space-5);
    }
    .views a.active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class ArtifactViewsNavComponent {
  /** The prefix of the kind's texts, e.g. `'agreement.nav'`. */
  readonly texts = input.required<TextPrefix<ViewsNavText>>();
  /** The name of the main view, e.g. „Dokument“. */
  readonly mainLabel = input.required<TranslationKey>();
  /** The icon of the main view. */
  readonly mainIcon = input.required<string>();

  /** The main view is current only on the page's own path, not on `compare` or `history`. */
  protected readonly exact = {
    paths: 'exact',
    queryParams: 'ignored',
    matrixParams: 'ignored',
    fragment: 'ignored',
  } as const;

  protected key(name: ViewsNavText): TranslationKey {
    return `${this.texts()}.${name}`;
  }
}
