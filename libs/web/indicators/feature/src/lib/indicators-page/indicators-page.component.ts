import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { IndicatorsStore } from '@gw/web/indicators/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';

/**
 * `/initiatives/:id/indicators`: the frame of the indicators' views (catalogue, collection plan,
 * dimensions). Loads the indicators with what they refer to.
 */
@Component({
  selector: 'gw-indicators-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  template: `
    <gw-page-header [title]="'indicators.title' | t" [intro]="'indicators.intro' | t" />

    <nav class="views" [attr.aria-label]="'indicators.nav.label' | t">
      <a
        mat-button
        routerLink="."
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
        [routerLinkActiveOptions]="{ exact: true }"
      >
        <mat-icon aria-hidden="true" svgIcon="monitoring" />
        {{ 'indicators.nav.catalogue' | t }}
      </a>
      <a
        mat-button
        routerLink="collection-plan"
        routerLinkActive="active"
        ariaCurrentWhenActive="page"
      >
        <mat-icon aria-hidden="true" svgIcon="event" />
        {{ 'indicators.nav.plan' | t }}
      </a>
      <a mat-button routerLink="dimensions" routerLinkActive="active" ariaCurrentWhenActive="page">
        <mat-icon aria-hidden="true" svgIcon="category" />
        {{ 'indicators.nav.dimensions' | t }}
      </a>
    </nav>

    @if (errorMessage(); as error) {
      <gw-error-message [message]="error.key | t: error.params">
        <button mat-stroked-button type="button" (click)="retry()">
          {{ 'action.retry' | t }}
        </button>
      </gw-error-message>
    }

    @if (store.indicators()) {
      <router-outlet />
    } @else if (store.loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
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
export class IndicatorsPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  protected readonly store = inject(IndicatorsStore);
  protected readonly errorMessage = messageOf(this.store.error);

  constructor() {
    effect(() => {
      const id = this.initiatives.access()?.id;
      if (id) untracked(() => void this.store.load(id));
    });
  }

  protected retry(): void {
    void this.store.reload();
  }
}
