import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { toProblem } from '@gw/web/shared/data-access';
import { MeasuresStore } from './measures.store';
import { measure, page } from './testing/measure-fixtures';

const BASE = '/api/v1/initiatives/i1/measures';

async function loaded(filters?: Parameters<MeasuresStore['load']>[1]) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(MeasuresStore);
  const backend = TestBed.inject(HttpTestingController);
  const load = store.load('i1', filters);
  const request = backend.expectOne((req) => req.url === BASE);
  request.flush(page([measure()]));
  await load;
  return { store, backend, first: request.request };
}

describe('MeasuresStore', () => {
  it('starts on page 1 with 20 measures, unfiltered', async () => {
    const { store, first } = await loaded();
    expect(first.params.toString()).toBe('page=1&pageSize=20');
    expect(store.filtered()).toBe(false);
  });

  it("starts on one working group's measures when asked to (from the working groups page)", async () => {
    const { store, first } = await loaded({ workingGroupId: 'wg1' });
    expect(first.params.get('workingGroupId')).toBe('wg1');
    expect(store.filtered()).toBe(true);
  });

  it('keeps the chosen grouping when an initiative loads', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const store = TestBed.inject(MeasuresStore);
    store.setGrouping('workingGroup');
    const load = store.load('i1');
    TestBed.inject(HttpTestingController)
      .expectOne((req) => req.url === BASE)
      .flush(page([]));
    await load;
    expect(store.grouping()).toBe('workingGroup');
  });

  it('goes back to page 1 when a filter changes, and forgets the filters on reset', async () => {
    const { store, backend } = await loaded();
    const toPage2 = store.setQuery({ page: 2 });
    backend.expectOne((req) => req.url === BASE && req.params.get('page') === '2').flush(page([]));
    await toPage2;

    const filtering = store.setQuery({ status: 'delayed', q: 'Sprach' });
    const filtered = backend.expectOne((req) => req.url === BASE);
    expect(filtered.request.params.toString()).toBe('page=1&pageSize=20&status=delayed&q=Sprach');
    filtered.flush(page([]));
    await filtering;

    const resetting = store.resetFilters();
    const reset = backend.expectOne((req) => req.url === BASE);
    expect(reset.request.params.toString()).toBe('page=1&pageSize=20');
    reset.flush(page([measure()]));
    await resetting;
    expect(store.filtered()).toBe(false);
  });

  it('shows only the answer to the latest search', async () => {
    const { store, backend } = await loaded();
    const first = store.setQuery({ q: 'Spr' });
    const second = store.setQuery({ q: 'Sprachförderung' });
    const [old, latest] = backend.match((req) => req.url === BASE);
    latest!.flush(page([measure({ title: 'Sprachförderung' })]));
    old!.flush(page([measure({ title: 'Sprachcafé' })]));
    await Promise.all([first, second]);
    expect(store.page()?.items.map((item) => item.title)).toEqual(['Sprachförderung']);
  });

  it('sends the version it read with a change and shows the answer in the list', async () => {
    const { store, backend } = await loaded();
    const saving = store.update(measure(), { status: 'delayed', progress: 60 });
    const request = backend.expectOne(`${BASE}/m1`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ status: 'delayed', progress: 60, version: 3 });
    request.flush(measure({ status: 'delayed', progress: 60, version: 4 }));
    await saving;
    expect(store.page()?.items[0]).toMatchObject({ status: 'delayed', version: 4 });
  });

  it('passes a stale version on to the form that sent it', async () => {
    const { store, backend } = await loaded();
    const saving = store.update(measure(), { notes: 'x' });
    backend
      .expectOne(`${BASE}/m1`)
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    const error = await saving.catch((caught: unknown) => caught);
    expect(toProblem(error).type).toBe(PROBLEM_TYPES.staleVersion);
    expect(store.page()?.items[0]?.version).toBe(3);
  });
});
