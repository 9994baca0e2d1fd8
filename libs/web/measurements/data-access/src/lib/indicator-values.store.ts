import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import {
  type CreateDeliveryRequest,
  DEFAULT_PAGE_SIZE,
  type IndicatorSeries,
  type Measurement,
  type MeasurementInput,
  type MeasurementStatus,
  type Page,
  type UpdateMeasurementRequest,
} from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { MeasurementsApi } from './measurements.api';

export interface ValueFilter {
  status: MeasurementStatus | null;
  page: number;
  pageSize: number;
}

interface IndicatorValuesState {
  initiativeId: string | null;
  indicatorId: string | null;
  filter: ValueFilter;
  values: Page<Measurement> | null;
  series: IndicatorSeries | null;
  loading: boolean;
  error: Problem | null;
}

const FIRST_PAGE: ValueFilter = { status: null, page: 1, pageSize: DEFAULT_PAGE_SIZE };

/** A correction: what changes, and why. */
export type ValueCorrection = Omit<UpdateMeasurementRequest, 'version'>;

/**
 * The values of one indicator: a page of the table (every cell, newest period first) and the
 * approved series for its chart. Provided by the indicator's page. Writes throw the API's problem
 * to the caller; after a write both are read again, since a review or correction changes what
 * the chart may show.
 */
@Injectable()
export class IndicatorValuesStore {
  private readonly api = inject(MeasurementsApi);
  private readonly state = signal<IndicatorValuesState>({
    initiativeId: null,
    indicatorId: null,
    filter: FIRST_PAGE,
    values: null,
    series: null,
    loading: false,
    error: null,
  });
  /** Counts the reads, so that an older answer never overwrites a newer one. */
  private reads = 0;

  readonly values = computed(() => this.state().values);
  readonly series = computed(() => this.state().series);
  readonly filter = computed(() => this.state().filter);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(initiativeId: string, indicatorId: string): Promise<void> {
    const same =
      this.state().initiativeId === initiativeId && this.state().indicatorId === indicatorId;
    this.state.update((state) => ({
      ...state,
      initiativeId,
      indicatorId,
      ...(same ? {} : { filter: FIRST_PAGE, values: null, series: null }),
    }));
    await this.refresh();
  }

  async setFilter(change: Partial<ValueFilter>): Promise<void> {
    this.state.update((state) => ({ ...state, filter: { ...state.filter, ...change } }));
    await this.refresh();
  }

  async create(input: MeasurementInput): Promise<Measurement> {
    const { initiativeId, indicatorId } = this.target();
    const created = await firstValueFrom(this.api.create(initiativeId, indicatorId, input));
    await this.refresh();
    return created;
  }

  /** Enters a period's total and cells at once; nothing is written when one is wrong. */
  async createDelivery(request: CreateDeliveryRequest): Promise<Measurement[]> {
    const { initiativeId, indicatorId } = this.target();
    const created = await firstValueFrom(
      this.api.createDelivery(initiativeId, indicatorId, request),
    );
    await this.refresh();
    return created;
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async correct(value: Measurement, correction: ValueCorrection): Promise<Measurement> {
    const request = { ...correction, version: value.version };
    const saved = await firstValueFrom(
      this.api.correct(this.target().initiativeId, value, request),
    );
    await this.refresh();
    return saved;
  }

  /** The value as it is now, e.g. after a conflict. */
  current(value: Measurement): Promise<Measurement> {
    return firstValueFrom(this.api.get(this.target().initiativeId, value));
  }

  async review(
    value: Measurement,
    decision: 'approve' | 'return',
    comment?: string,
  ): Promise<Measurement> {
    const request = { decision, version: value.version, ...(comment ? { comment } : {}) };
    const saved = await firstValueFrom(this.api.review(this.target().initiativeId, value, request));
    await this.refresh();
    return saved;
  }

  /** The comment joins the value in the table; the chart's tooltip shows it after a reload. */
  async comment(value: Measurement, body: string): Promise<void> {
    const created = await firstValueFrom(this.api.comment(this.target().initiativeId, value, body));
    this.state.update((state) => ({
      ...state,
      values: state.values && {
        ...state.values,
        items: state.values.items.map((item) =>
          item.id === value.id ? { ...item, comments: [...item.comments, created] } : item,
        ),
      },
    }));
    await this.refreshSeries();
  }

  /** Reads the table's page and the series again, e.g. after a conflict. */
  async refresh(): Promise<void> {
    const { initiativeId, indicatorId } = this.target();
    const { status, page, pageSize } = this.state().filter;
    const read = ++this.reads;
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    try {
      const [values, series] = await Promise.all([
        this.fetch(
          this.api.list(initiativeId, indicatorId, { status: status ?? undefined, page, pageSize }),
        ),
        this.fetch(this.api.series(initiativeId, indicatorId)),
      ]);
      if (read !== this.reads) return;
      this.state.update((state) => ({ ...state, values, series, loading: false }));
    } catch (error) {
      if (read !== this.reads) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  private async refreshSeries(): Promise<void> {
    const { initiativeId, indicatorId } = this.target();
    try {
      const series = await this.fetch(this.api.series(initiativeId, indicatorId));
      if (this.isCurrent(initiativeId, indicatorId)) {
        this.state.update((state) => ({ ...state, series }));
      }
    } catch {
      // The comment is saved; the chart shows it with the next reload.
    }
  }

  private isCurrent(initiativeId: string, indicatorId: string): boolean {
    const state = this.state();
    return state.initiativeId === initiativeId && state.indicatorId === indicatorId;
  }

  private target(): { initiativeId: string; indicatorId: string } {
    const { initiativeId, indicatorId } = this.state();
    if (!initiativeId || !indicatorId) throw new Error('No indicator loaded');
    return { initiativeId, indicatorId };
  }

  private fetch<T>(request: Observable<T>): Promise<T> {
    return firstValueFrom(request);
  }
}
