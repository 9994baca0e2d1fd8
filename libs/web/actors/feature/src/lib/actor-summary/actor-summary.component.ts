import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { ActorAreaSummary } from '@gw/shared/contracts';
import { I18nService, TranslatePipe, actorAreaKey } from '@gw/web/shared/i18n';

/**
 * Actors per area, with a warning (in words and with an icon, not by colour alone) for each of
 * the four core areas that has no planned member of the core group yet.
 */
@Component({
  selector: 'gw-actor-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  templateUrl: './actor-summary.component.html',
  styleUrl: './actor-summary.component.scss',
})
export class ActorSummaryComponent {
  readonly summary = input.required<ActorAreaSummary[]>();

  private readonly i18n = inject(I18nService);
  protected readonly areaKey = actorAreaKey;
  protected readonly missing = computed(() => {
    this.i18n.lang();
    return this.summary()
      .filter((area) => area.missingCoreGroupMember)
      .map((area) => this.i18n.t(actorAreaKey(area.area)));
  });
}
