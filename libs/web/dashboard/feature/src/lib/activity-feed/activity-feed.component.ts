import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { ActivityEntry } from '@gw/shared/contracts';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent } from '@gw/web/shared/ui';
import { activitySentence } from '../activity-sentence';

const ICONS: Record<ActivityEntry['kind'], string> = {
  artifact: 'description',
  measurement: 'monitoring',
  transition: 'flag',
};

/** What happened in the last 30 days, newest first: when, who, what. */
@Component({
  selector: 'gw-activity-feed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, EmptyStateComponent, TranslatePipe, LocalDatePipe],
  templateUrl: './activity-feed.component.html',
  styleUrl: './activity-feed.component.scss',
})
export class ActivityFeedComponent {
  readonly activity = input.required<ActivityEntry[]>();

  private readonly i18n = inject(I18nService);

  protected readonly entries = computed(() =>
    this.activity().map((entry, index) => ({
      // Entries have no id, and two may share time, person and subject (values of one import).
      id: `${entry.at}-${index}`,
      at: entry.at,
      icon: ICONS[entry.kind],
      sentence: activitySentence(entry, this.i18n),
    })),
  );
}
