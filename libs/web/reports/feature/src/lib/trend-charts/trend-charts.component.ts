import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type IndicatorView, formatValue, latestValue } from '@gw/web/reports/data-access';
import {
  TrendChartComponent,
  type TrendChartData,
  type TrendChartTexts,
} from '@gw/web/shared/charts';
import { I18nService } from '@gw/web/shared/i18n';
import { periodLabel } from '../report-keys';

interface Trend {
  id: string;
  name: string;
  data: TrendChartData;
  label: string;
}

/**
 * A small trend chart per indicator with at least two values in the period, beside the table
 * that holds the same numbers. ECharts loads with the first chart that scrolls into view.
 */
@Component({
  selector: 'gw-trend-charts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TrendChartComponent],
  template: `
    @if (trends().length) {
      <div class="charts">
        @for (trend of trends(); track trend.id) {
          <figure class="chart">
            <figcaption class="caption">{{ trend.name }}</figcaption>
            @defer (on viewport) {
              <gw-trend-chart
                [data]="trend.data"
                [texts]="texts()"
                [ariaLabel]="trend.label"
                [locale]="locale()"
              />
            } @placeholder {
              <div class="placeholder"></div>
            }
          </figure>
        }
      </div>
    }
  `,
  styles: `
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(360px, 1fr));
      gap: var(--gw-space-3);
      margin-block-start: var(--gw-space-3);
      --gw-chart-height: 220px;
    }
    .chart {
      margin: 0;
      padding: var(--gw-space-2);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--gw-radius);
      break-inside: avoid;
    }
    .caption {
      font: var(--mat-sys-label-large);
    }
    .placeholder {
      height: var(--gw-chart-height);
    }
  `,
})
export class TrendChartsComponent {
  readonly indicators = input.required<IndicatorView[]>();

  private readonly i18n = inject(I18nService);
  protected readonly locale = this.i18n.locale;
  protected readonly texts = computed(
    (): TrendChartTexts => ({
      actual: this.i18n.t('reports.trend.actual'),
      baseline: this.i18n.t('reports.indicators.baseline'),
      target: this.i18n.t('reports.indicators.target'),
      cases: this.i18n.t('reports.trend.cases'),
    }),
  );
  protected readonly trends = computed((): Trend[] =>
    this.indicators()
      // One value is no trend; the table says it.
      .filter((view) => view.values.length > 1)
      .map((view) => ({
        id: view.id,
        name: view.name,
        data: {
          unit: view.unit,
          points: view.values.map((value) => ({
            label: periodLabel(value.period, this.i18n),
            date: value.periodEnd,
            value: value.value,
            cases: value.cases,
          })),
          baseline:
            view.baseline === null ? null : { value: view.baseline, date: view.baselineDate },
          targets:
            view.target === null || view.targetDate === null
              ? []
              : [{ value: view.target, date: view.targetDate }],
        },
        label: this.i18n.t('reports.trend.label', {
          name: view.name,
          latest: formatValue(latestValue(view), view.unit, this.i18n.locale()) ?? '',
        }),
      })),
  );
}
