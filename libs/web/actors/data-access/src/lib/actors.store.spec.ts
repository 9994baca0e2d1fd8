import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Actor, ActorAreaSummary, Page } from '@gw/shared/contracts';
import { ActorsStore } from './actors.store';

const BASE = '/api/v1/initiatives/i1/actors';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'a1',
  name: 'Jugendamt Auenstadt',
  area: 'social',
  kind: 'administration',
  contacts: [],
  existingCooperation: false,
  plannedCoreGroup: false,
  extendedForums: false,
  contributions: '',
  resources: '',
  website: '',
  isPartner: false,
  representatives: [],
  version: 2,
  createdAt: '',
  updatedAt: '',
  ...overrides,
});

const page = (items: Actor[], pageNumber = 1): Page<Actor> => ({
  items,
  total: 45,
  page: pageNumber,
  pageSize: 20,
});

const summary: ActorAreaSummary[] = [
  { area: 'social', actors: 1, plannedCoreGroup: 0, partners: 0, missingCoreGroupMember: true },
];

async function loaded() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(ActorsStore);
  const backend = TestBed.inject(HttpTestingController);
  const load = store.load('i1');
  backend.expectOne((req) => req.url === BASE).flush(page([actor()]));
  backend.expectOne(`${BASE}/summary`).flush(summary);
  await load;
  return { store, backend };
}

describe('ActorsStore', () => {
  it('starts sorted by name on page 1 and goes back to page 1 when a filter changes', async () => {
    const { store, backend } = await loaded();
    const toPage3 = store.setQuery({ page: 3 });
    const third = backend.expectOne((req) => req.url === BASE);
    expect(third.request.params.get('page')).toBe('3');
    expect(third.request.params.get('sort')).toBe('name');
    third.flush(page([actor()], 3));
    await toPage3;

    const filtering = store.setQuery({ area: 'education' });
    const filtered = backend.expectOne((req) => req.url === BASE);
    expect(filtered.request.params.get('page')).toBe('1');
    expect(filtered.request.params.get('area')).toBe('education');
    filtered.flush(page([]));
    await filtering;
    expect(store.filtered()).toBe(true);
  });

  it('shows only the answer to the latest search', async () => {
    const { store, backend } = await loaded();
    const first = store.setQuery({ q: 'Jug' });
    const second = store.setQuery({ q: 'Jugendamt' });
    const [old, latest] = backend.match((req) => req.url === BASE);
    latest!.flush(page([actor({ name: 'Jugendamt' })]));
    old!.flush(page([actor({ name: 'Jugendzentrum' })]));
    await Promise.all([first, second]);
    expect(store.page()?.items.map((item) => item.name)).toEqual(['Jugendamt']);
  });

  it('sends the version with an inline change and fetches the summary again', async () => {
    const { store, backend } = await loaded();
    const saving = store.update(actor(), { plannedCoreGroup: true });
    const patch = backend.expectOne(`${BASE}/a1`);
    expect(patch.request.body).toEqual({ plannedCoreGroup: true, version: 2 });
    patch.flush(actor({ plannedCoreGroup: true, version: 3 }));
    await Promise.resolve();
    backend
      .expectOne(`${BASE}/summary`)
      .flush([{ ...summary[0], plannedCoreGroup: 1, missingCoreGroupMember: false }]);
    await saving;
    expect(store.page()?.items[0]).toMatchObject({ plannedCoreGroup: true, version: 3 });
    expect(store.summary()?.[0]?.missingCoreGroupMember).toBe(false);
  });

  it('drops a removed representative even when the API answers with no body', async () => {
    const { store, backend } = await loaded();
    const represented = actor({
      representatives: [{ userId: 'u1', displayName: 'Bernd Weber' }],
    });
    const removing = store.removeRepresentative(represented, 'u1');
    backend.expectOne(`${BASE}/a1/representatives/u1`).flush(null, { status: 204, statusText: '' });
    expect((await removing).representatives).toEqual([]);
  });
});
