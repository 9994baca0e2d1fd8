import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Dimension, Goal, Indicator } from '@gw/shared/contracts';
import { IndicatorsStore } from '@gw/web/indicators/data-access';

export const BASE = '/api/v1/initiatives/i1';

export const goals: Goal[] = [
  { id: 'g1', title: 'Übergänge begleiten', description: '', position: 1 },
  { id: 'g2', title: 'Angebote bündeln', description: '', position: 2 },
];

export function indicator(overrides: Partial<Indicator>): Indicator {
  return {
    id: 'ind',
    name: 'Indikator',
    definition: '',
    unit: '',
    direction: 'higher_is_better',
    category: 'how_much',
    goalIds: [],
    baseline: { value: null, date: null },
    targets: [],
    frequency: 'quarterly',
    dataSource: '',
    responsibleActorId: null,
    stewards: [],
    dimensionIds: [],
    visibility: 'internal',
    version: 1,
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

/** Loads the store as the pages find it (in a TestBed with HttpClient testing). */
export async function loadStore(indicators: Indicator[], dimensions: Dimension[] = []) {
  const backend = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(IndicatorsStore).load('i1');
  backend.expectOne(`${BASE}/indicators`).flush(indicators);
  backend.expectOne(`${BASE}/dimensions`).flush(dimensions);
  backend
    .expectOne(`${BASE}/shared-goal`)
    .flush({ vision: '', goals, version: 1, updatedAt: null });
  backend
    .expectOne((request) => request.url === `${BASE}/actors`)
    .flush({
      items: [{ id: 'a1', name: 'Jobcenter Lindenfeld' }],
      total: 1,
      page: 1,
      pageSize: 100,
    });
  await loading;
  return backend;
}
