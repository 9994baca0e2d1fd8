import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { IndicatorValuesStore } from './indicator-values.store';
import { measurement, series } from './testing/measurement-fixtures';

const VALUES = '/api/v1/initiatives/i1/indicators/ind1/measurements';
const SERIES = '/api/v1/initiatives/i1/indicators/ind1/series';

async function loaded() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), IndicatorValuesStore],
  });
  const store = TestBed.inject(IndicatorValuesStore);
  const backend = TestBed.inject(HttpTestingController);
  const loading = store.load('i1', 'ind1');
  answer(backend, [measurement()]);
  await loading;
  return { store, backend };
}

function answer(backend: HttpTestingController, items = [measurement()]) {
  backend
    .expectOne((request) => request.url === VALUES && request.method === 'GET')
    .flush({ items, total: items.length, page: 1, pageSize: 20 });
  backend.expectOne(SERIES).flush(series());
}

describe('IndicatorValuesStore', () => {
  it('loads a page of every value and the approved series', async () => {
    const { store } = await loaded();
    expect(store.values()?.items.map((item) => item.id)).toEqual(['m1']);
    expect(store.series()?.total).toHaveLength(1);
    expect(store.loading()).toBe(false);
  });

  it('asks for the chosen status and page', async () => {
    const { store, backend } = await loaded();
    const filtering = store.setFilter({ status: 'returned', page: 2 });
    const request = backend.expectOne((req) => req.url === VALUES);
    expect(request.request.params.get('status')).toBe('returned');
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ items: [], total: 21, page: 2, pageSize: 20 });
    backend.expectOne(SERIES).flush(series());
    await filtering;
    expect(store.values()?.total).toBe(21);
  });

  it('corrects with the version last read and reads table and chart again', async () => {
    const { store, backend } = await loaded();
    const correcting = store.correct(measurement(), { value: 52, reason: 'Nachmeldung' });
    const patch = backend.expectOne(`${VALUES}/m1`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ value: 52, reason: 'Nachmeldung', version: 2 });
    patch.flush(measurement({ value: 52, version: 3 }));
    await Promise.resolve();
    answer(backend, [measurement({ value: 52, version: 3 })]);
    await correcting;
    expect(store.values()?.items[0]?.value).toBe(52);
  });

  it('throws a stale version to the caller and keeps what it shows', async () => {
    const { store, backend } = await loaded();
    const reviewing = store.review(measurement(), 'approve');
    backend
      .expectOne(`${VALUES}/m1/review`)
      .flush(
        { type: PROBLEM_TYPES.staleVersion, title: 'Conflict', status: 409, detail: '' },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(reviewing).rejects.toMatchObject({ status: 409 });
    expect(store.values()?.items[0]?.status).toBe('submitted');
  });

  it('adds a comment to its value without reloading the table', async () => {
    const { store, backend } = await loaded();
    const commenting = store.comment(measurement(), 'Die Clearingstelle war im Juli unterbesetzt.');
    const post = backend.expectOne(`${VALUES}/m1/comments`);
    expect(post.request.body).toEqual({ body: 'Die Clearingstelle war im Juli unterbesetzt.' });
    post.flush({
      id: 'c1',
      author: null,
      body: 'Die Clearingstelle …',
      createdAt: '2026-11-20T10:00:00Z',
    });
    await Promise.resolve();
    backend.expectOne(SERIES).flush(series());
    await commenting;
    backend.expectNone(VALUES);
    expect(store.values()?.items[0]?.comments.map((comment) => comment.id)).toEqual(['c1']);
  });
});
