import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MEASURE_STATUSES, type MeasureListQuery } from '@gw/shared/contracts';
import { MeasurePlanStore, MeasuresStore } from '@gw/web/action-plan/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { GroupingToggleComponent } from '../grouping-toggle/grouping-toggle.component';
import { measureStatusKey } from '../measure-labels';

/** Typing pauses this long before the search is sent. */
const SEARCH_DELAY_MS = 300;

type SelectFilter = Exclude<keyof MeasureListQuery, 'q' | 'page' | 'pageSize'>;

/** Search, goal, working group, status and actor as filters of the measure list; the grouping. */
@Component({
  selector: 'gw-measure-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    GroupingToggleComponent,
    TranslatePipe,
  ],
  templateUrl: './measure-filters.component.html',
  styleUrl: './measure-filters.component.scss',
})
export class MeasureFiltersComponent {
  protected readonly store = inject(MeasuresStore);
  protected readonly plan = inject(MeasurePlanStore);

  protected readonly statuses = MEASURE_STATUSES;
  protected readonly statusKey = measureStatusKey;
  protected readonly goals = computed(() =>
    [...(this.plan.goals() ?? [])].sort((a, b) => a.position - b.position),
  );
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  protected search(value: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(
      () => void this.store.setQuery({ q: value.trim() || undefined }),
      SEARCH_DELAY_MS,
    );
  }

  protected set(filter: SelectFilter, value: string | null): void {
    void this.store.setQuery({ [filter]: value ?? undefined });
  }

  protected reset(search: HTMLInputElement): void {
    clearTimeout(this.searchTimer);
    search.value = '';
    void this.store.resetFilters();
  }
}
