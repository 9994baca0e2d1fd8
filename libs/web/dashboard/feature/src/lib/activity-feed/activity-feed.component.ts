import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { ActivityEntry } from '@gw/shared/contracts';
import { DashboardStore } from '@gw/web/dashboard/data-access';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  type TranslationKey,
  type TranslationParams,
} from '@gw/web/shared/i18n';
import { EmptyStateComponent } from '@gw/web/shared/ui';
import { activitySentence } from '../activity-sentence';

const ICONS: Record<ActivityEntry['kind'], string> = {
  artifact: 'description',
  measurement: 'monitoring',
  transition: 'flag',
};

/**
 * What happened in the last 30 days, newest first: when, who, what. The dashboard brings the
 * newest ten; the rest is paged in on request, so that the page stays short.
 */
@Component({
  selector: 'gw-activity-feed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, EmptyStateComponent, TranslatePipe, LocalDatePipe],
  templateUrl: './activity-feed.component.html',
  styleUrl: './activity-feed.component.scss',
})
export class ActivityFeedComponent {
  /** The dashboard's newest entries. */
  readonly activity = input.required<ActivityEntry[]>();
  /** All entries of the 30 days. */
  readonly total = input.required<number>();

  private readonly i18n = inject(I18nService);
  protected readonly store = inject(DashboardStore);
  protected readonly failed = signal(false);

  private readonly shown = computed(() => this.store.allActivity()?.entries ?? this.activity());
  protected readonly more = computed(
    (): { key: TranslationKey; params: TranslationParams } | null => {
      const total = this.store.allActivity()?.total ?? this.total();
      const shown = this.shown().length;
      if (shown >= total) return null;
      return this.store.allActivity()
        ? { key: 'dashboard.activity.showMore', params: { shown, total } }
        : { key: 'dashboard.activity.showAll', params: { total } };
    },
  );

  protected readonly entries = computed(() =>
    this.shown().map((entry, index) => ({
      // Entries have no id, and two may share time, person and subject (values of one import).
      id: `${entry.at}-${index}`,
      at: entry.at,
      icon: ICONS[entry.kind],
      sentence: activitySentence(entry, this.i18n),
    })),
  );

  protected async loadMore(): Promise<void> {
    this.failed.set(false);
    try {
      await this.store.loadMoreActivity();
    } catch {
      this.failed.set(true);
    }
  }
}
