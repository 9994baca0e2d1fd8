import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  Dimension,
  Indicator,
  IndicatorSeries,
  Measurement,
  Role,
} from '@gw/shared/contracts';
import { IndicatorsStore } from '@gw/web/indicators/data-access';
import { InitiativesStore } from '@gw/web/initiatives/data-access';
import type { TrendChartData } from '@gw/web/shared/charts';
import { AuthStore } from '@gw/web/shared/data-access';
import { I18nService } from '@gw/web/shared/i18n';
import { measurementEntry } from '../measurement-entry.i18n';
import { measurements } from '../measurements.i18n';

export const BASE = '/api/v1/initiatives/i1';

export const dimension: Dimension = {
  id: 'd-age',
  name: 'Altersgruppe',
  values: [
    { id: 'v14', value: '14–17' },
    { id: 'v18', value: '18–21' },
  ],
  version: 1,
};

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'ind1',
    name: 'Erstberatung binnen vier Wochen',
    definition: 'Anteil der jungen Geflüchteten mit Erstberatung binnen vier Wochen.',
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
    sourceNote: 'Fallstatistik der Clearingstelle',
    status: 'submitted',
    enteredBy: { userId: 'u-steward', displayName: 'Aylin Demir' },
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

export const series: IndicatorSeries = {
  indicatorId: 'ind1',
  total: [
    {
      period: '2026-Q2',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      value: 44.8,
      cases: 58,
      comments: [],
    },
  ],
  cells: [],
  baseline: { value: 45, date: '2026-06-30' },
  targets: [{ value: 90, date: '2027-12-31' }],
};

/** Stands in for the ECharts chart, which jsdom cannot draw; keeps what it was given. */
@Component({
  selector: 'gw-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'img', '[attr.aria-label]': 'ariaLabel()' },
  template: `{{ data().points.length }}`,
})
export class FakeTrendChartComponent {
  readonly data = input.required<TrendChartData>();
  readonly texts = input.required<unknown>();
  readonly ariaLabel = input.required<string>();
  readonly locale = input('');
}

/**
 * A TestBed as the measurement pages find it: the caller's role in initiative `i1`, logged in
 * as `u-<role>` whose membership is `mem-<role>` (`mem-steward` for a data steward), the
 * measurement texts loaded.
 */
export async function setupPage(
  role: Role,
  options: { steward?: boolean; overrides?: () => void } = {},
) {
  localStorage.clear();
  const memberId = options.steward ? 'mem-steward' : `mem-${role}`;
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      {
        provide: InitiativesStore,
        useValue: {
          access: signal({ id: 'i1', phase: 'implementation', role }),
          myRole: signal(role),
        },
      },
      { provide: AuthStore, useValue: { user: signal({ id: `u-${role}` }) } },
    ],
  });
  options.overrides?.();
  TestBed.inject(I18nService).addTexts(measurements, measurementEntry);
  const backend = TestBed.inject(HttpTestingController);
  return {
    backend,
    answerIndicators: (indicators?: Indicator[]) =>
      answerIndicators(backend, { id: memberId, userId: `u-${role}` }, indicators),
  };
}

/** Answers the requests of the indicators store and the member list (for the membership). */
async function answerIndicators(
  backend: HttpTestingController,
  me: { id: string; userId: string },
  indicators: Indicator[] = [indicator()],
) {
  await settle();
  backend.match(`${BASE}/indicators`).forEach((request) => request.flush(indicators));
  backend.match(`${BASE}/dimensions`).forEach((request) => request.flush([dimension]));
  backend
    .match(`${BASE}/shared-goal`)
    .forEach((request) => request.flush({ vision: '', goals: [], version: 1, updatedAt: null }));
  backend
    .match((request) => request.url === `${BASE}/actors`)
    .forEach((request) => request.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
  await settle();
  backend
    .match((request) => request.url === `${BASE}/members`)
    .forEach((request) =>
      request.flush({
        items: [{ ...me, displayName: 'Ich' }],
        total: 1,
        page: 1,
        pageSize: 100,
      }),
    );
  await settle();
  return TestBed.inject(IndicatorsStore);
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve));
}
