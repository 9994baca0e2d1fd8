import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { EChartsType } from 'echarts/core';
import type { TrendChartData, TrendChartTexts, TrendChartTheme } from './trend-chart.model';
import { FALLBACK_THEME, buildTrendOption } from './trend-option';

/**
 * A trend over time: actual values, baseline and targets (see `TrendChartData`). ECharts is
 * loaded on first render, in its own chunk. The drawing is one image to assistive technology,
 * named by `ariaLabel`; put the same numbers in a table beside it for those who cannot see it.
 */
@Component({
  selector: 'gw-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'img', '[attr.aria-label]': 'ariaLabel()' },
  template: `<div #canvas class="canvas" aria-hidden="true"></div>`,
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
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly chart = signal<EChartsType | null>(null);

  constructor() {
    let destroyed = false;
    let resize: ResizeObserver | null = null;
    afterNextRender(() => {
      void import('./echarts-setup').then(({ init }) => {
        if (destroyed) return;
        const chart = init(this.canvas().nativeElement, null, { renderer: 'svg' });
        resize = new ResizeObserver(() => chart.resize());
        resize.observe(this.canvas().nativeElement);
        this.chart.set(chart);
      });
    });
    effect(() => {
      const chart = this.chart();
      if (!chart) return;
      const option = buildTrendOption(this.data(), this.texts(), this.locale(), this.theme());
      chart.setOption(option, { notMerge: true });
    });
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      resize?.disconnect();
      this.chart()?.dispose();
    });
  }

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
