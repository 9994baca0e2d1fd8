import { provideHttpClient } from '@angular/common/http';
import { HttpEventType } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MeasurementsOverviewStore } from './measurements-overview.store';
import { indicator, measurement } from './testing/measurement-fixtures';

const BASE = '/api/v1/initiatives/i1';

function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(MeasurementsOverviewStore);
  store.open('i1');
  return { store, backend: TestBed.inject(HttpTestingController) };
}

describe('MeasurementsOverviewStore', () => {
  it('loads the submitted values across indicators and drops a delivery once reviewed', async () => {
    const { store, backend } = setup();
    const loading = store.loadQueue('submitted');
    const list = backend.expectOne((req) => req.url === `${BASE}/measurements`);
    expect(list.request.params.get('status')).toBe('submitted');
    const cell = measurement({ id: 'm2', version: 1 });
    list.flush({
      items: [measurement(), cell, measurement({ id: 'm3', period: '2026-Q2' })],
      total: 3,
      page: 1,
      pageSize: 20,
    });
    await loading;

    const delivery = { indicatorId: 'ind1', period: '2026-Q3', values: [measurement(), cell] };
    const returning = store.review(delivery, 'return', 'Bitte Fallzahl prüfen');
    const review = backend.expectOne(`${BASE}/indicators/ind1/deliveries/review`);
    expect(review.request.body).toEqual({
      period: '2026-Q3',
      decision: 'return',
      comment: 'Bitte Fallzahl prüfen',
      values: [
        { id: 'm1', version: 2 },
        { id: 'm2', version: 1 },
      ],
    });
    review.flush([measurement({ status: 'returned' }), { ...cell, status: 'returned' }]);
    await returning;
    expect(store.queue()?.items.map((item) => item.id)).toEqual(['m3']);
    expect(store.queue()?.total).toBe(1);
  });

  it('reads the latest approved total of each indicator; one failing shows none', async () => {
    const { store, backend } = setup();
    const loading = store.loadLatest([indicator(), indicator({ id: 'ind2' })]);
    const first = backend.expectOne((req) => req.url === `${BASE}/indicators/ind1/measurements`);
    expect(first.request.params.get('status')).toBe('approved');
    expect(first.request.params.get('cells')).toBe('total');
    expect(first.request.params.get('pageSize')).toBe('1');
    first.flush({ items: [measurement({ status: 'approved' })], total: 3, page: 1, pageSize: 1 });
    backend
      .expectOne((req) => req.url === `${BASE}/indicators/ind2/measurements`)
      .flush(null, { status: 500, statusText: 'Server Error' });
    await loading;
    expect(store.latest()['ind1']?.value).toBe(51.2);
    expect(store.latest()['ind2']).toBeNull();
  });

  it('uploads a file as its raw body, reporting progress, and answers with the counts', async () => {
    const { store, backend } = setup();
    const shares: number[] = [];
    const importing = store.import(new Blob(['x']), 'xlsx', (share) => shares.push(share));
    const request = backend.expectOne((req) => req.url === `${BASE}/measurements/import`);
    expect(request.request.params.get('format')).toBe('xlsx');
    expect(request.request.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(request.request.body).toBeInstanceOf(Blob);
    request.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    request.flush({ created: 3, updated: 1, unchanged: 8 });
    await expect(importing).resolves.toEqual({ created: 3, updated: 1, unchanged: 8 });
    expect(shares).toEqual([0.5]);
  });
});
