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
  /** The chart's numbers as rows of a table for those who cannot see it. */
  rows: { label: string; value: string }[];
}

/**
 * A small trend chart per indicator with a value in the period: from the baseline through the
 * values towards the target. Each has its numbers in a visually hidden table as its text
 * alternative. ECharts loads with the first chart that scrolls into view.
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
            <!-- A table is as wide as its content whatever its width: hidden in a box that clips. -->
            <div class="visually-hidden">
              <table>
                <caption>
                  {{
                    trend.label
                  }}
                </caption>
                <tr>
                  <th scope="col">{{ periodHeader() }}</th>
                  <th scope="col">{{ texts().actual }}</th>
                </tr>
                @for (row of trend.rows; track $index) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    <td>{{ row.value }}</td>
                  </tr>
                }
              </table>
            </div>
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
      grid-template-columns: repeat(auto-fill, minmax(min(360px, 100%), 1fr));
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
  protected readonly periodHeader = computed(() => this.i18n.t('reports.trend.period'));
  protected readonly trends = computed((): Trend[] =>
    this.indicators()
      // Without a value in the period there is nothing to draw; the table says so.
      .filter((view) => view.values.length > 0)
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
        rows: this.rows(view),
      })),
  );

  /** Baseline, each value of the period and the target, as the chart draws them. */
  private rows(view: IndicatorView): Trend['rows'] {
    const locale = this.i18n.locale();
    const value = (n: number) => formatValue(n, view.unit, locale) ?? '';
    const date = (d: string | null) => (d ? ` (${this.i18n.formatDate(d, 'date')})` : '');
    return [
      ...(view.baseline === null
        ? []
        : [
            { label: this.texts().baseline + date(view.baselineDate), value: value(view.baseline) },
          ]),
      ...view.values.map((v) => ({ label: v.period, value: value(v.value) })),
      ...(view.target === null
        ? []
        : [{ label: this.texts().target + date(view.targetDate), value: value(view.target) }]),
    ];
  }
}
