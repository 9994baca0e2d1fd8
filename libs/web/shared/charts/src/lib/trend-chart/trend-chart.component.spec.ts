import { TestBed } from '@angular/core/testing';
import { TrendChartComponent } from './trend-chart.component';
import type { TrendChartData } from './trend-chart.model';

const chart = {
  setOption: jest.fn(),
  resize: jest.fn(),
  dispose: jest.fn(),
  on: jest.fn(),
  off: jest.fn(),
  isDisposed: () => false,
};
const init = jest.fn(() => chart);
jest.mock('./echarts-setup', () => ({ init: (...args: unknown[]) => init(...args) }));

const data: TrendChartData = {
  unit: '%',
  points: [{ label: '2025', date: '2025-12-31', value: 72.1 }],
  baseline: { value: 71.5, date: '2025-07-31' },
  targets: [{ value: 80, date: '2027-07-31' }],
};

async function render() {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    observe = jest.fn();
    unobserve = jest.fn();
    disconnect = jest.fn();
  };
  const fixture = TestBed.createComponent(TrendChartComponent);
  fixture.componentRef.setInput('data', data);
  fixture.componentRef.setInput('texts', {
    actual: 'Ist-Wert',
    baseline: 'Ausgangswert',
    target: 'Ziel',
    cases: 'Fallzahl',
  });
  fixture.componentRef.setInput('ariaLabel', 'Verlauf: zuletzt 72,1 %');
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  return fixture;
}

describe('TrendChartComponent', () => {
  beforeEach(() => jest.clearAllMocks());

  it('is one image to assistive technology, named by its summary', async () => {
    const fixture = await render();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.getAttribute('role')).toBe('img');
    expect(host.getAttribute('aria-label')).toBe('Verlauf: zuletzt 72,1 %');
  });

  it('draws through ngx-echarts with the lazily loaded ECharts in SVG and redraws when the data change', async () => {
    const fixture = await render();
    expect(init).toHaveBeenCalledWith(expect.any(HTMLElement), undefined, { renderer: 'svg' });
    expect(chart.setOption).toHaveBeenCalledTimes(1);
    fixture.componentRef.setInput('data', { ...data, points: [] });
    await fixture.whenStable();
    expect(chart.setOption).toHaveBeenCalledTimes(2);
    fixture.destroy();
    expect(chart.dispose).toHaveBeenCalled();
  });
});
