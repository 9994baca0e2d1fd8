import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ActorsApi, actorListParams } from './actors.api';

const BASE = '/api/v1/initiatives/i1/actors';

describe('ActorsApi', () => {
  let api: ActorsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ActorsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  it('sends only the filters that are set, booleans as true or false', () => {
    const params = actorListParams({
      q: '  Jugend ',
      area: 'education',
      kind: undefined,
      plannedCoreGroup: true,
      isPartner: false,
      sort: 'updatedAt',
      direction: 'desc',
      page: 2,
      pageSize: 50,
    });
    expect(params.toString()).toBe(
      'q=Jugend&area=education&plannedCoreGroup=true&isPartner=false&sort=updatedAt&direction=desc&page=2&pageSize=50',
    );
    expect(actorListParams({ q: '   ' }).keys()).toEqual([]);
  });

  it('asks for the list with those parameters', () => {
    void firstValueFrom(api.list('i1', { existingCooperation: true, page: 1 }));
    const request = backend.expectOne((req) => req.url === BASE);
    expect(request.request.params.get('existingCooperation')).toBe('true');
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.has('q')).toBe(false);
  });

  it('uploads the file as it is, with the content type of its format', () => {
    const file = new Blob(['Name;Bereich'], { type: '' });
    void firstValueFrom(api.import('i1', file, 'xlsx'));
    const request = backend.expectOne((req) => req.url === `${BASE}/import`);
    expect(request.request.method).toBe('POST');
    expect(request.request.params.get('format')).toBe('xlsx');
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('names the downloaded file as the API says, or after the format', async () => {
    const named = firstValueFrom(api.export('i1', 'csv'));
    backend
      .expectOne((req) => req.url === `${BASE}/export`)
      .flush(new Blob(['a']), {
        headers: { 'Content-Disposition': 'attachment; filename="akteure-jugendpakt.csv"' },
      });
    expect((await named).filename).toBe('akteure-jugendpakt.csv');

    const unnamed = firstValueFrom(api.export('i1', 'xlsx'));
    backend.expectOne((req) => req.url === `${BASE}/export`).flush(new Blob(['a']));
    expect((await unnamed).filename).toBe('akteure.xlsx');
  });
});
