import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { IndicatorSummary } from '@gw/shared/contracts';
import { I18nService } from '@gw/web/shared/i18n';
import { dashboard } from '../dashboard.i18n';
import { IndicatorSummaryComponent } from './indicator-summary.component';

const indicator = (overrides: Partial<IndicatorSummary>): IndicatorSummary => ({
  indicatorId: 'i',
  name: 'Ausbildungsquote',
  unit: '%',
  direction: 'higher_is_better',
  frequency: 'half_yearly',
  latest: { period: '2026-H1', periodEnd: '2026-06-30', value: 73.2 },
  outdated: false,
  baseline: { value: 70, date: '2025-12-31' },
  nextTarget: { value: 80, date: '2027-12-31' },
  expected: 71.5,
  status: 'on_track',
  ...overrides,
});

async function render(indicators: IndicatorSummary[]) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  TestBed.inject(I18nService).addTexts(dashboard);
  const fixture = TestBed.createComponent(IndicatorSummaryComponent);
  fixture.componentRef.setInput('indicators', indicators);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  return Array.from(root.querySelectorAll('.indicator')).map((row) => ({
    status: row.querySelector('gw-indicator-status')?.textContent?.trim(),
    latest: row.querySelector('.latest')?.textContent?.replace(/\s+/g, ' ').trim(),
  }));
}

describe('IndicatorSummaryComponent', () => {
  it('never says "keine Daten" beside a value: without a target the value is not assessable', async () => {
    const rows = await render([
      indicator({ nextTarget: null, expected: null, status: 'no_path' }),
      indicator({ latest: null, expected: null, status: 'no_data' }),
    ]);
    expect(rows).toEqual([
      { status: 'nicht bewertbar', latest: '73,2 % (1. Halbjahr 2026)' },
      { status: 'keine Daten', latest: 'noch kein freigegebener Wert' },
    ]);
  });

  it('marks a value as outdated when a newer one is due, and only then', async () => {
    const [old, fresh] = await render([
      indicator({
        latest: { period: '2025-H2', periodEnd: '2025-12-31', value: 73.2 },
        outdated: true,
      }),
      indicator({}),
    ]);
    expect(old?.latest).toBe('73,2 % (2. Halbjahr 2025) veraltet: ein neuerer Wert ist fällig');
    expect(fresh?.latest).toBe('73,2 % (1. Halbjahr 2026)');
  });
});
