import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { type PageEvent, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { MeasurePlanStore, MeasuresStore } from '@gw/web/action-plan/data-access';
import { messageOf } from '@gw/web/shared/data-access';
import { TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent, ErrorMessageComponent } from '@gw/web/shared/ui';
import { MeasureActions } from '../measure-actions';
import { MeasureFiltersComponent } from '../measure-filters/measure-filters.component';
import { groupMeasures } from '../measure-groups';
import { MeasureTableComponent } from '../measure-table/measure-table.component';

/**
 * `/initiatives/:id/action-plan`: the measures, filtered and paged, grouped by goal or working
 * group. `?workingGroupId=` (from the working groups page) starts on one group's measures.
 */
@Component({
  selector: 'gw-measure-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    EmptyStateComponent,
    ErrorMessageComponent,
    MeasureFiltersComponent,
    MeasureTableComponent,
    TranslatePipe,
  ],
  templateUrl: './measure-list.component.html',
  styleUrl: './measure-list.component.scss',
})
export class MeasureListComponent {
  /** Query parameter. */
  readonly workingGroupId = input<string>();

  private readonly initiatives = inject(InitiativesStore);
  protected readonly store = inject(MeasuresStore);
  protected readonly plan = inject(MeasurePlanStore);
  protected readonly actions = inject(MeasureActions);

  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly errorMessage = messageOf(this.store.error);
  protected readonly groups = computed(() =>
    groupMeasures(
      this.store.page()?.items ?? [],
      this.store.grouping(),
      this.plan.goals() ?? [],
      this.plan.groups(),
    ),
  );
  protected readonly hasBaseline = computed(() => !!this.plan.status()?.baseline);

  constructor() {
    effect(() => {
      const access = this.initiatives.access();
      if (!access) return;
      untracked(() => {
        const workingGroupId = this.workingGroupId();
        if (workingGroupId) this.store.setGrouping('workingGroup');
        void this.store.load(access.id, workingGroupId ? { workingGroupId } : undefined);
      });
    });
  }

  protected changePage(event: PageEvent): void {
    void this.store.setQuery({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected retry(): void {
    void this.store.reload();
  }
}
