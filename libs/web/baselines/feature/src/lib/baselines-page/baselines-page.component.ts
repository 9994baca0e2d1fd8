import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink, RouterOutlet } from '@angular/router';
import { BaselinesStore } from '@gw/web/baselines/data-access';
import { ArtifactViewsNavComponent } from '@gw/web/artifacts/feature';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { ErrorMessageComponent, PageHeaderComponent } from '@gw/web/shared/ui';

/**
 * `/initiatives/:id/action-plan/baselines`, a view of the "Aktionsplan" tab: the frame of the
 * baselines' views (list, comparison, history). Loads the action plan's baselines.
 */
@Component({
  selector: 'gw-baselines-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterOutlet,
    ArtifactViewsNavComponent,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ErrorMessageComponent,
    TranslatePipe,
  ],
  templateUrl: './baselines-page.component.html',
  styleUrl: './baselines-page.component.scss',
})
export class BaselinesPageComponent {
  private readonly initiatives = inject(InitiativesStore);
  protected readonly store = inject(BaselinesStore);
  protected readonly errorMessage = messageOf(this.store.error);
  /** The measures of the action plan: the tab's main view. */
  protected readonly planLink = computed(() => {
    const id = this.initiatives.access()?.id;
    return id ? ['/initiatives', id, 'action-plan'] : null;
  });

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
