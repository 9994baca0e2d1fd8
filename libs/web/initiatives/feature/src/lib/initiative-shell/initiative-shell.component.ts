import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { type MatTabLink, MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { problemMessage } from '@gw/web/shared/data-access';
import { TranslatePipe, type TranslationKey, phaseKey, roleKey } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';

interface Tab {
  path: string;
  label: TranslationKey;
}

/**
 * Frame of one initiative: its name, and a navigation between its sections. The tabs are the
 * child routes that name one (`data.tab`), so that a new section brings its own tab. Loads the
 * initiative for all of them.
 */
@Component({
  selector: 'gw-initiative-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButtonModule,
    MatIconModule,
    MatTabsModule,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './initiative-shell.component.html',
  styleUrl: './initiative-shell.component.scss',
})
export class InitiativeShellComponent {
  /** Route parameter. */
  readonly initiativeId = input.required<string>();

  protected readonly store = inject(InitiativesStore);
  protected readonly tabs: Tab[] = (inject(ActivatedRoute).routeConfig?.children ?? []).flatMap(
    (route) => {
      const label = route.data?.['tab'] as TranslationKey | undefined;
      return label ? [{ path: route.path ?? '', label }] : [];
    },
  );
  protected readonly phaseKey = phaseKey;
  protected readonly roleKey = roleKey;
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? problemMessage(error) : null;
  });

  constructor() {
    effect(() => void this.store.load(this.initiativeId()));
  }

  /** Keeps the active tab in sight when the bar is wider than the screen (phones). */
  protected reveal(tab: MatTabLink): void {
    (tab.elementRef.nativeElement as HTMLElement).scrollIntoView({
      block: 'nearest',
      inline: 'nearest',
    });
  }
}
