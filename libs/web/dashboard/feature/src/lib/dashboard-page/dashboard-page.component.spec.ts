import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { type Dashboard, PROBLEM_TYPES } from '@gw/shared/contracts';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import { DASHBOARD_ROUTES } from '../dashboard.routes';

const URL = '/api/v1/initiatives/i1/dashboard';

const empty: Dashboard = {
  phase: 'initiierung',
  steps: [],
  measures: {
    byStatus: { planned: 0, running: 0, completed: 0, delayed: 0, cancelled: 0 },
    total: 0,
  },
  overdueMilestones: [],
  indicators: [],
  activity: [],
  activityTotal: 0,
};

const full: Dashboard = {
  phase: 'gestaltung',
  steps: [
    { phase: 'initiierung', counts: { open: 0, in_progress: 0, done: 3, not_applicable: 1 } },
    { phase: 'gestaltung', counts: { open: 2, in_progress: 2, done: 1, not_applicable: 0 } },
    { phase: 'umsetzung', counts: { open: 4, in_progress: 0, done: 0, not_applicable: 0 } },
  ],
  measures: {
    byStatus: { planned: 2, running: 5, completed: 1, delayed: 2, cancelled: 1 },
    total: 11,
  },
  overdueMilestones: [
    {
      measureId: 'm1',
      measureTitle: 'Frühwarnsystem Ausbildungsabbruch',
      title: 'Meldebogen abgestimmt',
      dueDate: '2026-11-15',
    },
  ],
  indicators: [
    {
      indicatorId: 'ind1',
      name: 'Teilnehmende am Übergangscoaching',
      unit: 'Personen',
      direction: 'higher_is_better',
      frequency: 'quarterly',
      latest: { period: '2026-Q3', periodEnd: '2026-09-30', value: 1200 },
      outdated: false,
      baseline: { value: 0, date: '2026-08-31' },
      nextTarget: { value: 2500, date: '2027-07-31' },
      expected: 224.5508,
      status: 'on_track',
    },
    {
      indicatorId: 'ind2',
      name: 'Zufriedenheit mit der Beratung',
      unit: '%',
      direction: 'higher_is_better',
      frequency: 'quarterly',
      latest: null,
      outdated: false,
      baseline: { value: null, date: null },
      nextTarget: null,
      expected: null,
      status: 'no_data',
    },
  ],
  activity: [
    {
      at: '2026-11-20T14:00:00.000Z',
      actor: { userId: 'u1', displayName: 'Julia Zimmermann' },
      kind: 'measurement',
      action: 'value_entered',
      subject: 'Vorzeitig gelöste Ausbildungsverträge',
      period: '2026-H1',
    },
    {
      at: '2026-11-19T09:00:00.000Z',
      actor: null,
      kind: 'artifact',
      action: 'in_force',
      subject: 'Kooperationsvereinbarung',
    },
    {
      at: '2026-11-18T09:00:00.000Z',
      actor: { userId: 'u2', displayName: 'Miriam Hoffmann' },
      kind: 'artifact',
      action: 'version_submitted',
      subject: 'Kooperationsvereinbarung',
    },
    {
      at: '2026-11-17T09:00:00.000Z',
      actor: null,
      kind: 'transition',
      action: 'phase_proposed',
      subject: 'gestaltung',
    },
  ],
  activityTotal: 4,
};

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'initiatives/:initiativeId/dashboard', children: DASHBOARD_ROUTES },
        { path: '**', children: [] },
      ]),
      {
        provide: InitiativesStore,
        useValue: { access: signal({ id: 'i1', phase: 'gestaltung', role: 'partner' }) },
      },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/initiatives/i1/dashboard');
  const backend = TestBed.inject(HttpTestingController);
  const root = harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const text = (selector: string) =>
    Array.from(root.querySelectorAll(selector)).map((element) =>
      element.textContent?.replace(/\s+/g, ' ').trim(),
    );
  const link = (name: string) =>
    Array.from(root.querySelectorAll('a')).find((a) => a.textContent?.trim() === name);
  return { root, backend, settle, text, link };
}

async function show(dashboard: Dashboard) {
  const page = await render();
  page.backend.expectOne(URL).flush(dashboard);
  await page.settle();
  return page;
}

describe('DashboardPageComponent', () => {
  it('shows a loading indicator until the dashboard arrives', async () => {
    const { root, backend, settle } = await render();
    expect(root.querySelector('mat-progress-bar')).not.toBeNull();
    backend.expectOne(URL).flush(full);
    await settle();
    expect(root.querySelector('mat-progress-bar')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('Dashboard');
  });

  it('shows the steps of each phase, the current phase marked, and leads to the phases', async () => {
    const { root, text, link } = await show(full);
    expect(root.textContent).toContain('Aktuelle Phase: Gestaltung');
    const current = root.querySelector('[aria-current="step"]');
    expect(current?.querySelector('h3')?.textContent).toBe('Gestaltung');
    expect(current?.textContent).toContain('1 von 5 Schritten erledigt');
    expect(text('[aria-current="step"] .legend li')).toEqual([
      '1 erledigt',
      '2 in Arbeit',
      '2 offen',
    ]);
    // Steps that do not apply count as settled and are named where there are any.
    expect(text('.phase:first-child .legend li')).toContain('1 entfällt');
    expect(root.querySelector('.phase:first-child')?.textContent).toContain(
      '4 von 4 Schritten erledigt',
    );
    expect(link('Zu den Phasen')?.getAttribute('href')).toBe('/initiatives/i1/phases');
  });

  it('counts the measures by status in the action plan’s words and lists overdue milestones', async () => {
    const { root, text, link } = await show(full);
    expect(root.textContent).toContain('Maßnahmen insgesamt: 11');
    const statuses = Array.from(root.querySelectorAll('.status')).map((row) => [
      row.querySelector('.label')?.textContent,
      row.querySelector('.count')?.textContent,
    ]);
    expect(statuses).toEqual([
      ['geplant', '2'],
      ['laufend', '5'],
      ['abgeschlossen', '1'],
      ['verzögert', '2'],
      ['abgebrochen', '1'],
    ]);
    expect(text('.overdue li span')).toEqual([
      'Meldebogen abgestimmt',
      'Frühwarnsystem Ausbildungsabbruch',
      'überfällig seit 15. November 2026',
    ]);
    expect(link('Zum Aktionsplan')?.getAttribute('href')).toBe('/initiatives/i1/action-plan');
  });

  it('shows each indicator against its path with a worded status, in German numbers', async () => {
    const { root, text } = await show(full);
    const [first, second] = Array.from(root.querySelectorAll('.indicator'));
    expect(text('.indicator .facts dd').slice(0, 4)).toEqual([
      '1.200 Personen (3. Quartal 2026)',
      '0 Personen (Stand 31. August 2026)',
      '2.500 Personen bis 31. Juli 2027',
      '224,6 Personen',
    ]);
    expect(first?.querySelector('gw-indicator-status')?.textContent?.trim()).toBe('auf Kurs');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe(
      '/initiatives/i1/measurements/ind1',
    );
    expect(second?.querySelector('gw-indicator-status')?.textContent?.trim()).toBe('keine Daten');
    expect(root.querySelector('.outdated')).toBeNull();
    expect(second?.textContent).toContain('noch kein freigegebener Wert');
    expect(second?.textContent).toContain('nicht erhoben');
    expect(second?.textContent).toContain('kein Zielwert');
  });

  it('tells the last days’ activity as sentences: who did what, and when', async () => {
    const { root, text } = await show(full);
    expect(text('.entry .what')).toEqual([
      'Julia Zimmermann hat einen Wert erfasst: Vorzeitig gelöste Ausbildungsverträge, 1. Halbjahr 2026.',
      '„Kooperationsvereinbarung“ ist in Kraft getreten.',
      'Miriam Hoffmann hat „Kooperationsvereinbarung“ eingereicht.',
      'Jemand hat den Wechsel in die Phase Gestaltung vorgeschlagen.',
    ]);
    expect(root.querySelector('.entry strong')?.textContent).toBe('Julia Zimmermann');
    expect(root.querySelector('.entry time')?.getAttribute('datetime')).toBe(
      '2026-11-20T14:00:00.000Z',
    );
    expect(root.querySelector('.entry time')?.textContent).toContain('20. November 2026');
  });

  it('says when there is nothing yet in the action plan, the indicators or the activity', async () => {
    const { text } = await show(empty);
    expect(text('gw-empty-state h2')).toEqual([
      'Noch keine Maßnahmen',
      'Noch keine Indikatoren',
      'Keine Aktivität',
    ]);
  });

  it('says when no milestone is overdue', async () => {
    const { root } = await show({ ...full, overdueMilestones: [] });
    expect(root.textContent).toContain('Kein Meilenstein ist überfällig.');
  });

  it('explains a failure and reads again on request', async () => {
    const { root, backend, settle } = await render();
    backend
      .expectOne(URL)
      .flush(
        { type: PROBLEM_TYPES.internal, title: 'Error', status: 500, detail: '' },
        { status: 500, statusText: 'Server Error' },
      );
    await settle();
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('gw-error-message button')?.click();
    backend.expectOne(URL).flush(full);
    await settle();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.textContent).toContain('Aktuelle Phase: Gestaltung');
  });
});
