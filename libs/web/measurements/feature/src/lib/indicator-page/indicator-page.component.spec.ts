import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Measurement, Role } from '@gw/shared/contracts';
import { TrendChartComponent } from '@gw/web/shared/charts';
import {
  BASE,
  FakeTrendChartComponent,
  measurement,
  series,
  settle,
  setupPage,
} from '../testing/page-setup';
import { IndicatorPageComponent } from './indicator-page.component';

const VALUES = `${BASE}/indicators/ind1/measurements`;

async function render(role: Role, values: Measurement[], options: { steward?: boolean } = {}) {
  const { backend, answerIndicators } = await setupPage(role, {
    ...options,
    overrides: () =>
      TestBed.overrideComponent(IndicatorPageComponent, {
        remove: { imports: [TrendChartComponent] },
        add: { imports: [FakeTrendChartComponent] },
      }),
  });
  const fixture = TestBed.createComponent(IndicatorPageComponent);
  fixture.componentRef.setInput('indicatorId', 'ind1');
  await answerIndicators();
  answerValues(backend, values);
  await settle();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const buttons = () => Array.from(root.querySelectorAll('button'));
  const button = (label: string) =>
    buttons().find(
      (b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label,
    );
  return { root, backend, fixture, button };
}

function answerValues(backend: HttpTestingController, values: Measurement[]) {
  backend
    .match((request) => request.url === VALUES && request.method === 'GET')
    .forEach((request) =>
      request.flush({ items: values, total: values.length, page: 1, pageSize: 20 }),
    );
  backend.match(`${BASE}/indicators/ind1/series`).forEach((request) => request.flush(series));
}

describe('IndicatorPageComponent', () => {
  it('shows the indicator, its trend in words and every value in the table', async () => {
    const { root } = await render('steering', [
      measurement(),
      measurement({ id: 'm2', cell: [{ dimensionId: 'd-age', valueId: 'v14' }], value: 55.8 }),
    ]);
    expect(root.querySelector('h1')?.textContent).toContain('Erstberatung binnen vier Wochen');
    expect(root.querySelector('gw-trend-chart')?.getAttribute('aria-label')).toBe(
      'Verlauf von „Erstberatung binnen vier Wochen“: 1 freigegebene Werte, zuletzt 44,8 % (2. Quartal 2026). Ausgangswert 45 %. Ziel 90 % bis 31. Dezember 2027.',
    );
    const rows = Array.from(root.querySelectorAll('gw-value-table tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td'))
        .slice(1, 5)
        .map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3. Quartal 2026', 'Gesamt', '51,2 %', '60'],
      ['3. Quartal 2026', 'Altersgruppe: 14–17', '55,8 %', '60'],
    ]);
  });

  it('lets a data steward enter and correct, but not review', async () => {
    const { button } = await render('working_group', [measurement()], { steward: true });
    expect(button('Wert erfassen')).toBeDefined();
    // The indicator is broken down by age group: its period fits one grid too.
    expect(button('Lieferung erfassen')).toBeDefined();
    expect(button('3. Quartal 2026, Gesamt korrigieren')).toBeDefined();
    expect(button('3. Quartal 2026, Gesamt freigeben')).toBeUndefined();
  });

  it('offers neither entering nor correcting to members who are no data stewards', async () => {
    const { root, button } = await render('working_group', [measurement()]);
    expect(button('Wert erfassen')).toBeUndefined();
    expect(button('Lieferung erfassen')).toBeUndefined();
    expect(button('3. Quartal 2026, Gesamt korrigieren')).toBeUndefined();
    expect(root.textContent).toContain(
      'Werte erfassen die Koordinationsstelle und die Datenverantwortlichen',
    );
  });

  it('lets coordination approve a submitted value with the version it read', async () => {
    const { backend, button } = await render('coordination', [measurement()]);
    button('3. Quartal 2026, Gesamt freigeben')?.click();
    const review = backend.expectOne(`${VALUES}/m1/review`);
    expect(review.request.body).toEqual({ decision: 'approve', version: 2 });
    review.flush(measurement({ status: 'approved', version: 3 }));
    await settle();
    answerValues(backend, [measurement({ status: 'approved', version: 3 })]);
    await settle();
    expect(document.body.textContent).toContain('Der Wert ist freigegeben.');
  });

  it('shows a returned value’s reason, its history and its comments when opened', async () => {
    const returned = measurement({
      status: 'returned',
      reviewComment: 'Fallzahl fehlt',
      reviewedBy: { userId: 'u-c', displayName: 'Miriam Hoffmann' },
      history: [
        {
          value: 51.2,
          cases: 60,
          sourceNote: '',
          status: 'submitted',
          action: 'returned',
          changedBy: { userId: 'u-c', displayName: 'Miriam Hoffmann' },
          changedAt: '2026-11-20T09:00:00Z',
          reason: 'Fallzahl fehlt',
        },
      ],
      comments: [
        {
          id: 'c1',
          author: { userId: 'u-p', displayName: 'Petra Lindner' },
          body: 'Die Clearingstelle war im Juli unterbesetzt.',
          createdAt: '2026-11-21T09:00:00Z',
        },
      ],
    });
    const { root, fixture, button } = await render('observer', [returned]);
    expect(root.querySelector('gw-value-table')?.textContent).toContain('„Fallzahl fehlt“');
    button('Verlauf und Kommentare zu 3. Quartal 2026, Gesamt')?.click();
    await fixture.whenStable();
    const details = root.querySelector('gw-value-details')?.textContent ?? '';
    expect(details).toContain('Zurückgegeben von Miriam Hoffmann');
    expect(details).toContain('Begründung: Fallzahl fehlt');
    expect(details).toContain('Die Clearingstelle war im Juli unterbesetzt.');
    // Observers read; they do not comment.
    expect(root.querySelector('gw-value-details textarea')).toBeNull();
  });
});
