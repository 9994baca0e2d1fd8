import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { IndicatorStatus, ReportGoal } from '@gw/shared/contracts';
import { type IndicatorView, formatValue } from '@gw/web/reports/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@gw/web/shared/i18n';
import { IndicatorStatusComponent } from '../indicator-status/indicator-status.component';

interface Figure {
  id: string;
  name: string;
  /** The last value in the period and its period. */
  latest: { text: string; period: string } | null;
  baseline: string | null;
  target: string | null;
  targetDate: string | null;
  status: IndicatorStatus;
}

/**
 * The report at a glance, in sentences a local newspaper can quote: each public indicator's
 * latest value in the period against its baseline and target, and how the measures progressed
 * (each counted once, also when it serves several goals).
 */
@Component({
  selector: 'gw-key-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IndicatorStatusComponent, TranslatePipe, LocalDatePipe],
  templateUrl: './key-figures.component.html',
  styleUrl: './key-figures.component.scss',
})
export class KeyFiguresComponent {
  readonly goals =
    input.required<{ goal: Omit<ReportGoal, 'indicators'>; indicators: IndicatorView[] }[]>();

  private readonly i18n = inject(I18nService);

  protected readonly figures = computed((): Figure[] => {
    const locale = this.i18n.locale();
    const seen = new Map<string, IndicatorView>();
    for (const { indicators } of this.goals()) for (const v of indicators) seen.set(v.id, v);
    return [...seen.values()].map((view) => {
      const latest = view.values.at(-1);
      return {
        id: view.id,
        name: view.name,
        latest: latest
          ? { text: formatValue(latest.value, view.unit, locale) ?? '', period: latest.period }
          : null,
        baseline: formatValue(view.baseline, view.unit, locale),
        target: formatValue(view.target, view.unit, locale),
        targetDate: view.targetDate,
        status: view.status,
      };
    });
  });

  protected readonly measures = computed(() => {
    const count = (group: 'completed' | 'started' | 'delayed') =>
      new Set(this.goals().flatMap(({ goal }) => goal.measures[group].map((m) => m.id))).size;
    const counts = {
      completed: count('completed'),
      started: count('started'),
      delayed: count('delayed'),
      milestones: this.goals().reduce((sum, { goal }) => sum + goal.milestonesReached.length, 0),
    };
    const total = counts.completed + counts.started + counts.delayed;
    const share = (n: number) => (total ? `${(100 * n) / total}%` : '0');
    return {
      ...counts,
      total,
      widths: [counts.completed, counts.started, counts.delayed].map(share),
    };
  });
}
