import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
} from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import type { TrendChartData, TrendChartTexts, TrendChartTheme } from './trend-chart.model';
import { FALLBACK_THEME, buildTrendOption } from './trend-option';

/**
 * A trend over time: actual values, baseline and targets (see `TrendChartData`), drawn by
 * ngx-echarts in SVG. ECharts is loaded when the first chart renders, in its own chunk. The
 * drawing is one image to assistive technology, named by `ariaLabel`; put the same numbers in a
 * table beside it for those who cannot see it.
 */
@Component({
  selector: 'gw-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup') })],
  host: { role: 'img', '[attr.aria-label]': 'ariaLabel()' },
  template: `<div
    echarts
    class="canvas"
    aria-hidden="true"
    [options]="option()"
    [initOpts]="{ renderer: 'svg' }"
  ></div>`,
  styles: `
    :host {
      display: block;
    }
    .canvas {
      width: 100%;
      height: var(--gw-chart-height, 320px);
    }
  `,
})
export class TrendChartComponent {
  readonly data = input.required<TrendChartData>();
  readonly texts = input.required<TrendChartTexts>();
  /** A summary in words: what is measured, the latest value, baseline and next target. */
  readonly ariaLabel = input.required<string>();
  /** The UI's locale for numbers and dates, e.g. `de-DE`. */
  readonly locale = input('de-DE');

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly option = computed(() =>
    buildTrendOption(this.data(), this.texts(), this.locale(), this.theme()),
  );

  /** The app's colours (Material's system tokens), so that the chart follows the theme. */
  private theme(): TrendChartTheme {
    const style = getComputedStyle(this.host.nativeElement);
    const read = (name: string, fallback: string) =>
      style.getPropertyValue(name).trim() || fallback;
    return {
      actual: read('--mat-sys-primary', FALLBACK_THEME.actual),
      target: read('--mat-sys-tertiary', FALLBACK_THEME.target),
      baseline: read('--mat-sys-outline', FALLBACK_THEME.baseline),
      text: read('--mat-sys-on-surface-variant', FALLBACK_THEME.text),
      grid: read('--mat-sys-outline-variant', FALLBACK_THEME.grid),
      font: style.fontFamily || FALLBACK_THEME.font,
    };
  }
}
