import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { type Dashboard, MEASURE_STATUSES } from '@gw/shared/contracts';
import { I18nService, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { EmptyStateComponent } from '@gw/web/shared/ui';
import { formatCalendarDate } from '../format';

/**
 * The action plan at a glance: how many measures are in which state (the labels of the action
 * plan's own texts) and which milestones are overdue.
 */
@Component({
  selector: 'gw-plan-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatIconModule, EmptyStateComponent, TranslatePipe],
  templateUrl: './plan-summary.component.html',
  styleUrl: './plan-summary.component.scss',
})
export class PlanSummaryComponent {
  readonly measures = input.required<Dashboard['measures']>();
  readonly overdue = input.required<Dashboard['overdueMilestones']>();

  private readonly i18n = inject(I18nService);

  protected readonly statuses = computed(() => {
    const { byStatus, total } = this.measures();
    return MEASURE_STATUSES.map((status) => ({
      status,
      label: `measures.status.${status}` satisfies TranslationKey,
      count: byStatus[status],
      share: total > 0 ? (byStatus[status] / total) * 100 : 0,
    }));
  });
  protected readonly milestones = computed(() =>
    this.overdue().map((milestone) => ({
      ...milestone,
      since: this.i18n.t('dashboard.plan.overdue.since', {
        date: formatCalendarDate(milestone.dueDate, this.i18n),
      }),
    })),
  );
}
