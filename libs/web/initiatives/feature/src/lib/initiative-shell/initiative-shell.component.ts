import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { problemMessage } from '@gw/web/shared/data-access';
import { TranslatePipe, phaseKey, roleKey } from '@gw/web/shared/i18n';
import { ErrorMessageComponent } from '@gw/web/shared/ui';

/**
 * Frame of one initiative: its name, and a navigation between its sections (overview,
 * members; later agreement, action plan, reports). Loads the initiative for all of them.
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
  protected readonly phaseKey = phaseKey;
  protected readonly roleKey = roleKey;
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? problemMessage(error) : null;
  });

  constructor() {
    effect(() => void this.store.load(this.initiativeId()));
  }
}
