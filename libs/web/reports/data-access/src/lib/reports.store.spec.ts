import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ArtifactSummary } from '@gw/shared/contracts';
import { ReportsStore } from './reports.store';
import { BASE, artifact, report, summary } from './testing/report-fixtures';

const settle = () => new Promise((resolve) => setTimeout(resolve));

const listed = (id: string, createdAt: string): ArtifactSummary => ({
  ...artifact(summary(1, 'draft')),
  id,
  title: `Bericht ${id}`,
  createdAt,
});

function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { store: TestBed.inject(ReportsStore), backend: TestBed.inject(HttpTestingController) };
}

describe('ReportsStore', () => {
  it('lists the reports newest first, then the period of each from its latest version', async () => {
    const { store, backend } = setUp();
    const loading = store.load('i1');
    backend
      .expectOne(`${BASE}/artifacts?kind=impact_report`)
      .flush([listed('r1', '2027-04-01T10:00:00Z'), listed('r2', '2027-07-01T10:00:00Z')]);
    await settle();
    expect(store.reports().map((item) => item.id)).toEqual(['r2', 'r1']);
    backend
      .expectOne(`${BASE}/artifacts/r1/versions/1`)
      .flush({ ...report(1, 'draft'), artifactId: 'r1' });
    // A report whose version fails to load is listed without its period.
    backend
      .expectOne(`${BASE}/artifacts/r2/versions/1`)
      .flush({}, { status: 500, statusText: 'Error' });
    await loading;
    expect(store.periods()).toEqual({
      r1: { periodType: 'quarter', periodStart: '2027-01-01', periodEnd: '2027-03-31' },
    });
    expect(store.error()).toBeNull();
  });

  it('creates a report with the period the user chose', async () => {
    const { store, backend } = setUp();
    const loading = store.load('i1');
    backend.expectOne(`${BASE}/artifacts?kind=impact_report`).flush([]);
    await loading;
    const creating = store.create({ periodType: 'half_year', periodStart: '2027-05-05' });
    const request = backend.expectOne(`${BASE}/reports`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ periodType: 'half_year', periodStart: '2027-05-05' });
    request.flush(report(1, 'draft', { periodType: 'half_year', periodEnd: '2027-06-30' }));
    const created = await creating;
    expect(created.artifactId).toBe('r1');
    expect(store.periods()['r1']?.periodEnd).toBe('2027-06-30');
    backend.expectOne(`${BASE}/artifacts?kind=impact_report`).flush([listed('r1', '2027-04-01')]);
  });

  it('asks for a comparison by the query names a and b', async () => {
    const { store, backend } = setUp();
    const loading = store.load('i1');
    backend.expectOne(`${BASE}/artifacts?kind=impact_report`).flush([]);
    await loading;
    void store.compare('r1', 'r2');
    const request = backend.expectOne((r) => r.url === `${BASE}/reports/compare`);
    expect(request.request.params.get('a')).toBe('r1');
    expect(request.request.params.get('b')).toBe('r2');
  });
});
