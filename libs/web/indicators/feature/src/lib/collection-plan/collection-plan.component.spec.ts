import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CollectionPlanEntry } from '@gw/shared/contracts';
import { todayIso } from '@gw/web/indicators/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { provideDateAdapter } from '@gw/web/shared/ui';
import { BASE, indicator, loadStore } from '../testing/load-store';
import { CollectionPlanComponent } from './collection-plan.component';
import { collectionPlan } from '../collection-plan.i18n';
import { indicators } from '../indicators.i18n';

function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return todayIso(date);
}

const entry = (overrides: Partial<CollectionPlanEntry>): CollectionPlanEntry => ({
  indicatorId: 'i',
  indicatorName: 'Indikator',
  frequency: 'quarterly',
  period: '2026-Q3',
  periodStart: '2026-07-01',
  periodEnd: '2026-09-30',
  dueDate: dayFromToday(30),
  responsibleActorId: null,
  stewards: [],
  overdue: false,
  ...overrides,
});

const plan = [
  entry({
    indicatorId: 'late',
    indicatorName: 'Erstberatung binnen vier Wochen',
    dueDate: dayFromToday(-3),
    responsibleActorId: 'a1',
    stewards: [{ memberId: 'm1', displayName: 'Aylin Demir' }],
  }),
  entry({
    indicatorId: 'soon',
    indicatorName: 'Teilnehmende am Coaching',
    dueDate: dayFromToday(5),
    stewards: [{ memberId: 'm2', displayName: 'Nicole Braun' }],
  }),
  entry({
    indicatorId: 'later',
    indicatorName: 'Zufriedenheit',
    frequency: 'yearly',
    period: '2026',
  }),
];

async function render(entries: CollectionPlanEntry[] = plan) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideDateAdapter()],
  });
  TestBed.inject(I18nService).addTexts(indicators, collectionPlan);
  const backend = await loadStore([indicator({ id: 'late' })]);
  const fixture = TestBed.createComponent(CollectionPlanComponent);
  await fixture.whenStable();
  backend.expectOne(`${BASE}/indicators/collection-plan`).flush(entries);
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const rows = () =>
    Array.from(root.querySelectorAll('tbody tr')).map((row) => ({
      name: row.querySelector('th')?.textContent?.trim(),
      overdue: row.classList.contains('overdue'),
      badge: row.querySelector('.badge')?.textContent?.trim() ?? null,
    }));
  return { root, fixture, rows };
}

describe('CollectionPlanComponent', () => {
  it('lists the deliveries by due date and marks the overdue one', async () => {
    const { root, rows } = await render();
    expect(rows()).toEqual([
      { name: 'Erstberatung binnen vier Wochen', overdue: true, badge: 'überfällig' },
      { name: 'Teilnehmende am Coaching', overdue: false, badge: 'bald fällig' },
      { name: 'Zufriedenheit', overdue: false, badge: null },
    ]);
    expect(root.querySelector('.summary')?.textContent).toContain('davon überfällig: 1');
  });

  it('lists a past period still without a value beside the current one of the same indicator', async () => {
    const { rows } = await render([
      entry({
        indicatorId: 'late',
        indicatorName: 'Beratungen',
        period: '2026-Q2',
        dueDate: dayFromToday(-60),
        overdue: true,
      }),
      entry({ indicatorId: 'late', indicatorName: 'Beratungen', dueDate: dayFromToday(30) }),
    ]);
    expect(rows()).toEqual([
      { name: 'Beratungen', overdue: true, badge: 'überfällig' },
      { name: 'Beratungen', overdue: false, badge: null },
    ]);
  });

  it('names the responsible actor and the stewards of each delivery', async () => {
    const { root } = await render();
    const first = root.querySelector('tbody tr')!;
    expect(first.textContent).toContain('Jobcenter Lindenfeld');
    expect(first.textContent).toContain('Aylin Demir');
    expect(first.textContent).toContain('3. Quartal 2026');
  });

  it('narrows the plan to one steward', async () => {
    const { root, fixture, rows } = await render();
    (fixture.componentInstance as unknown as { steward: { set(v: string): void } }).steward.set(
      'm2',
    );
    await fixture.whenStable();
    expect(rows().map((row) => row.name)).toEqual(['Teilnehmende am Coaching']);
    expect(root.textContent).toContain('Filter zurücksetzen');
  });
});
