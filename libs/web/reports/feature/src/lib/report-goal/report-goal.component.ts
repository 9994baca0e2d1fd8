import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ReportGoal } from '@gw/shared/contracts';
import type { IndicatorView } from '@gw/web/reports/data-access';
import { LocalDatePipe, TranslatePipe, type TranslationKey } from '@gw/web/shared/i18n';
import { IndicatorTableComponent } from '../indicator-table/indicator-table.component';
import { TrendChartsComponent } from '../trend-charts/trend-charts.component';

/**
 * One goal of a report: its indicators, the measures completed, started and delayed in the
 * period, the milestones reached, and (projected by the page) its narrative, read or edited.
 */
@Component({
  selector: 'gw-report-goal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IndicatorTableComponent, TrendChartsComponent, TranslatePipe, LocalDatePipe],
  templateUrl: './report-goal.component.html',
  styleUrl: './report-goal.component.scss',
})
export class ReportGoalComponent {
  readonly goal = input.required<Omit<ReportGoal, 'indicators'>>();
  readonly indicators = input.required<IndicatorView[]>();
  readonly threshold = input.required<number>();
  readonly audience = input<'member' | 'public'>('member');
  /** Shown when the goal has no indicator to show. */
  readonly noIndicatorsText = input.required<string>();

  protected readonly groups = [
    { name: 'completed', label: 'reports.goal.completed' },
    { name: 'started', label: 'reports.goal.started' },
    { name: 'delayed', label: 'reports.goal.delayed' },
  ] as const satisfies readonly { name: string; label: TranslationKey }[];
}
