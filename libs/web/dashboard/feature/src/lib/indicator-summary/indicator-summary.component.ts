import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { IndicatorStatus, IndicatorSummary } from '@gw/shared/contracts';
import { I18nService, TranslatePipe } from '@gw/web/shared/i18n';
import { EmptyStateComponent } from '@gw/web/shared/ui';
import { formatCalendarDate, formatValue, periodLabel } from '../format';
import { IndicatorStatusComponent } from '../indicator-status/indicator-status.component';

interface IndicatorRow {
  id: string;
  name: string;
  status: IndicatorStatus;
  latest: string;
  /** A newer period's value is due: the latest one is old, whatever its status says. */
  outdated: boolean;
  baseline: string;
  target: string;
  expected: string;
}

/**
 * Each indicator's latest value against its baseline, its next target and where the straight
 * path between them stands; its name leads to the indicator's page.
 */
@Component({
  selector: 'gw-indicator-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatIconModule,
    EmptyStateComponent,
    IndicatorStatusComponent,
    TranslatePipe,
  ],
  templateUrl: './indicator-summary.component.html',
  styleUrl: './indicator-summary.component.scss',
})
export class IndicatorSummaryComponent {
  readonly indicators = input.required<IndicatorSummary[]>();

  private readonly i18n = inject(I18nService);

  protected readonly rows = computed(() =>
    this.indicators().map((indicator) => this.toRow(indicator)),
  );

  private toRow(indicator: IndicatorSummary): IndicatorRow {
    const i18n = this.i18n;
    const value = (number: number, digits?: number) =>
      formatValue(number, indicator.unit, i18n, digits);
    const { latest, baseline, nextTarget, expected } = indicator;
    return {
      id: indicator.indicatorId,
      name: indicator.name,
      status: indicator.status,
      latest: latest
        ? i18n.t('dashboard.indicators.valueIn', {
            value: value(latest.value),
            period: periodLabel(latest.period, i18n),
          })
        : i18n.t('dashboard.indicators.noValue'),
      outdated: indicator.outdated,
      baseline:
        baseline.value === null
          ? i18n.t('dashboard.indicators.noBaseline')
          : baseline.date
            ? i18n.t('dashboard.indicators.valueAsOf', {
                value: value(baseline.value),
                date: formatCalendarDate(baseline.date, i18n),
              })
            : value(baseline.value),
      target: nextTarget
        ? i18n.t('dashboard.indicators.valueBy', {
            value: value(nextTarget.value),
            date: formatCalendarDate(nextTarget.date, i18n),
          })
        : i18n.t('dashboard.indicators.noTarget'),
      // A point on a line between two values: one decimal is as exact as it is meaningful.
      expected: expected === null ? i18n.t('dashboard.indicators.noExpected') : value(expected, 1),
    };
  }
}
