import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type Dashboard, PROBLEM_TYPES } from '@gw/shared/contracts';
import { DashboardStore } from './dashboard.store';

const dashboard = (phase: Dashboard['phase']): Dashboard => ({
  phase,
  steps: [],
  measures: {
    byStatus: { planned: 0, running: 0, completed: 0, delayed: 0, cancelled: 0 },
    total: 0,
  },
  overdueMilestones: [],
  indicators: [],
  activity: [],
  activityTotal: 0,
});

function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { store: TestBed.inject(DashboardStore), backend: TestBed.inject(HttpTestingController) };
}

describe('DashboardStore', () => {
  it('reads the dashboard of the initiative and is loading meanwhile', async () => {
    const { store, backend } = setup();
    const loading = store.load('i1');
    expect(store.loading()).toBe(true);
    backend.expectOne('/api/v1/initiatives/i1/dashboard').flush(dashboard('gestaltung'));
    await loading;
    expect(store.loading()).toBe(false);
    expect(store.dashboard()?.phase).toBe('gestaltung');
  });

  it('keeps the last dashboard of the same initiative on screen while reading it again', async () => {
    const { store, backend } = setup();
    const first = store.load('i1');
    backend.expectOne('/api/v1/initiatives/i1/dashboard').flush(dashboard('initiierung'));
    await first;

    const again = store.reload();
    expect(store.dashboard()?.phase).toBe('initiierung');
    backend.expectOne('/api/v1/initiatives/i1/dashboard').flush(dashboard('gestaltung'));
    await again;
    expect(store.dashboard()?.phase).toBe('gestaltung');
  });

  it('never shows another initiative’s dashboard, even when its answer comes late', async () => {
    const { store, backend } = setup();
    const first = store.load('i1');
    backend.expectOne('/api/v1/initiatives/i1/dashboard').flush(dashboard('umsetzung'));
    await first;

    const slow = store.load('i2');
    expect(store.dashboard()).toBeNull();
    const switched = store.load('i3');
    backend.expectOne('/api/v1/initiatives/i2/dashboard').flush(dashboard('gestaltung'));
    await slow;
    expect(store.dashboard()).toBeNull();
    backend.expectOne('/api/v1/initiatives/i3/dashboard').flush(dashboard('initiierung'));
    await switched;
    expect(store.dashboard()?.phase).toBe('initiierung');
  });

  it('keeps the problem of a failed request for the page to show', async () => {
    const { store, backend } = setup();
    const loading = store.load('i1');
    backend
      .expectOne('/api/v1/initiatives/i1/dashboard')
      .flush(
        { type: PROBLEM_TYPES.forbidden, title: 'Forbidden', status: 403, detail: '' },
        { status: 403, statusText: 'Forbidden' },
      );
    await loading;
    expect(store.loading()).toBe(false);
    expect(store.error()?.type).toBe(PROBLEM_TYPES.forbidden);
  });
});
