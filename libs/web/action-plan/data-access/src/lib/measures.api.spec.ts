import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { MeasuresApi, measureListParams } from './measures.api';
import { measure, page } from './testing/measure-fixtures';

const BASE = '/api/v1/initiatives/i1/measures';

describe('measureListParams', () => {
  it('sends only the filters that are set, the search trimmed, numbers as text', () => {
    const params = measureListParams({
      goalId: 'g1',
      workingGroupId: undefined,
      status: 'delayed',
      actorId: 'a1',
      q: '  Sprach ',
      page: 2,
      pageSize: 50,
    });
    expect(params.toString()).toBe(
      'goalId=g1&status=delayed&actorId=a1&q=Sprach&page=2&pageSize=50',
    );
  });

  it('leaves out an empty search', () => {
    expect(measureListParams({ q: '   ', page: 1 }).toString()).toBe('page=1');
  });
});

describe('MeasuresApi', () => {
  let api: MeasuresApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(MeasuresApi);
    backend = TestBed.inject(HttpTestingController);
  });

  it('asks for the list with the query of the filters', () => {
    void firstValueFrom(api.list('i1', { workingGroupId: 'wg1', page: 1, pageSize: 20 }));
    const request = backend.expectOne((req) => req.url === BASE);
    expect(request.request.params.get('workingGroupId')).toBe('wg1');
    expect(request.request.params.get('pageSize')).toBe('20');
    expect(request.request.params.has('goalId')).toBe(false);
  });

  it('collects every measure page by page, in the largest pages the API allows', async () => {
    const all = firstValueFrom(api.listAll('i1'));
    const first = backend.expectOne((req) => req.url === BASE);
    expect(first.request.params.get('pageSize')).toBe('100');
    first.flush({ ...page([measure({ id: 'm1' })], 101), pageSize: 100 });
    const second = backend.expectOne((req) => req.url === BASE);
    expect(second.request.params.get('page')).toBe('2');
    second.flush({ ...page([measure({ id: 'm2' })], 101, 2), pageSize: 100 });
    expect((await all).map((item) => item.id)).toEqual(['m1', 'm2']);
  });

  it('reads the plan against its baseline and the indicators from their own routes', () => {
    void firstValueFrom(api.status('i1'));
    void firstValueFrom(api.indicators('i1'));
    backend.expectOne('/api/v1/initiatives/i1/action-plan');
    backend.expectOne('/api/v1/initiatives/i1/indicators');
  });
});
