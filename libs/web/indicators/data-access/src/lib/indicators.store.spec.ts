import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_TYPES, type Dimension, type Indicator } from '@gw/shared/contracts';
import { IndicatorsStore } from './indicators.store';

const BASE = '/api/v1/initiatives/i1';

const indicator: Indicator = {
  id: 'ind1',
  name: 'Vermittelte Praktikumsplätze',
  definition: '',
  unit: 'Plätze',
  direction: 'higher_is_better',
  category: 'how_much',
  goalIds: ['g1'],
  baseline: { value: 40, date: '2025-12-31' },
  targets: [],
  frequency: 'quarterly',
  dataSource: '',
  responsibleActorId: 'a1',
  stewards: [],
  dimensionIds: [],
  visibility: 'internal',
  version: 3,
  updatedAt: '2026-11-01T10:00:00Z',
};

const dimension: Dimension = {
  id: 'd1',
  name: 'Stadtteil',
  values: [{ id: 'v1', value: 'Altstadt' }],
  version: 1,
};

async function loaded() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const store = TestBed.inject(IndicatorsStore);
  const backend = TestBed.inject(HttpTestingController);
  const loading = store.load('i1');
  backend.expectOne(`${BASE}/indicators`).flush([indicator]);
  backend.expectOne(`${BASE}/dimensions`).flush([dimension]);
  backend.expectOne(`${BASE}/shared-goal`).flush({
    vision: '',
    goals: [{ id: 'g1', title: 'Übergänge begleiten', description: '', position: 1 }],
    version: 1,
    updatedAt: null,
  });
  backend
    .expectOne((request) => request.url === `${BASE}/actors`)
    .flush({ items: [{ id: 'a1', name: 'Jobcenter' }], total: 1, page: 1, pageSize: 100 });
  await loading;
  return { store, backend };
}

describe('IndicatorsStore', () => {
  it('loads the indicators with the names they refer to, grouped by goal', async () => {
    const { store } = await loaded();
    expect(store.groups()).toEqual([
      { goal: { id: 'g1', title: 'Übergänge begleiten' }, indicators: [indicator] },
    ]);
    expect(store.actorNames().get('a1')).toBe('Jobcenter');
    expect(store.dimensionNames().get('d1')).toBe('Stadtteil');
  });

  it('sends the version last read with a change', async () => {
    const { store, backend } = await loaded();
    const saving = store.update(indicator, { unit: 'Praktikumsplätze' });
    const request = backend.expectOne(`${BASE}/indicators/ind1`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ unit: 'Praktikumsplätze', version: 3 });
    request.flush({ ...indicator, unit: 'Praktikumsplätze', version: 4 });
    await saving;
    expect(store.indicators()?.[0]?.version).toBe(4);
  });

  it('keeps a dimension that is still in use and throws the problem', async () => {
    const { store, backend } = await loaded();
    const removing = store.removeDimension(dimension);
    backend.expectOne(`${BASE}/dimensions/d1`).flush(
      {
        type: PROBLEM_TYPES.inUse,
        title: 'Conflict',
        status: 409,
        detail:
          'The dimension "Stadtteil" is used by the indicators "Vermittelte Praktikumsplätze".',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(removing).rejects.toMatchObject({ status: 409 });
    expect(store.dimensions()).toEqual([dimension]);
  });

  it('asks for the collection plan of a given day', async () => {
    const { store, backend } = await loaded();
    const loading = store.loadPlan('2026-06-30');
    backend.expectOne(`${BASE}/indicators/collection-plan?date=2026-06-30`).flush([]);
    await loading;
    expect(store.plan()).toEqual([]);
    expect(store.planDate()).toBe('2026-06-30');
  });
});
