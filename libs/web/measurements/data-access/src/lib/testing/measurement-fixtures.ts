import type { Indicator, IndicatorSeries, Measurement, SeriesPoint } from '@gw/shared/contracts';

export function measurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: 'm1',
    indicatorId: 'ind1',
    period: '2026-Q3',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    cell: [],
    value: 51.2,
    cases: 60,
    sourceNote: 'Fallstatistik',
    status: 'submitted',
    enteredBy: { userId: 'u2', displayName: 'Aylin Demir' },
    enteredAt: '2026-11-19T10:00:00Z',
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: null,
    history: [],
    comments: [],
    version: 2,
    ...overrides,
  };
}

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'ind1',
    name: 'Erstberatung binnen vier Wochen',
    definition: '',
    unit: '%',
    direction: 'higher_is_better',
    category: 'how_well',
    goalIds: [],
    baseline: { value: 45, date: '2026-06-30' },
    targets: [{ id: 't1', value: 90, date: '2027-12-31' }],
    frequency: 'quarterly',
    dataSource: '',
    responsibleActorId: null,
    stewards: [{ memberId: 'mem-steward', displayName: 'Aylin Demir' }],
    dimensionIds: ['d-age'],
    visibility: 'partners',
    version: 1,
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

export function point(period: string, periodEnd: string, value: number): SeriesPoint {
  return { period, periodStart: periodEnd, periodEnd, value, cases: null, comments: [] };
}

export function series(overrides: Partial<IndicatorSeries> = {}): IndicatorSeries {
  return {
    indicatorId: 'ind1',
    total: [point('2026-Q2', '2026-06-30', 44.8)],
    cells: [],
    baseline: { value: 45, date: '2026-06-30' },
    targets: [{ value: 90, date: '2027-12-31' }],
    ...overrides,
  };
}
