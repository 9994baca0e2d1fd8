import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type CreateMeasureRequest,
  DEFAULT_PAGE_SIZE,
  type Measure,
  type MeasureListQuery,
  type Page,
  type UpdateMeasureRequest,
} from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { MeasurePlanStore } from './measure-plan.store';
import { MeasuresApi } from './measures.api';

/** How the list and the timeline put measures together. */
export type MeasureGrouping = 'goal' | 'workingGroup';

export const DEFAULT_MEASURE_QUERY: MeasureListQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE };

const FILTERS = ['goalId', 'workingGroupId', 'status', 'actorId', 'q'] as const;

interface MeasuresState {
  initiativeId: string | null;
  query: MeasureListQuery;
  grouping: MeasureGrouping;
  page: Page<Measure> | null;
  loading: boolean;
  error: Problem | null;
}

const EMPTY: MeasuresState = {
  initiativeId: null,
  query: DEFAULT_MEASURE_QUERY,
  grouping: 'goal',
  page: null,
  loading: false,
  error: null,
};

/** The measure list: one page under the chosen filters; writes refresh the whole plan too. */
@Injectable({ providedIn: 'root' })
export class MeasuresStore {
  private readonly api = inject(MeasuresApi);
  private readonly plan = inject(MeasurePlanStore);
  private readonly state = signal<MeasuresState>(EMPTY);
  /** Only the answer to the latest request is shown (typing in the search sends several). */
  private request = 0;

  readonly query = computed(() => this.state().query);
  readonly grouping = computed(() => this.state().grouping);
  readonly page = computed(() => this.state().page);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly filtered = computed(() =>
    FILTERS.some((name) => this.state().query[name] !== undefined),
  );

  /**
   * Loads the first page of an initiative (keeps query and grouping for the same one);
   * `filters` start it filtered, e.g. on one working group's measures.
   */
  async load(initiativeId: string, filters?: MeasureListQuery): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    const state = same ? this.state() : EMPTY;
    const query = filters ? { ...DEFAULT_MEASURE_QUERY, ...filters } : state.query;
    // The grouping is the user's way of looking, kept across initiatives.
    this.state.set({ ...state, initiativeId, query, grouping: this.state().grouping });
    await this.fetchPage();
  }

  /** Changes filters or page; any change but the page starts again at page 1. */
  async setQuery(changes: MeasureListQuery): Promise<void> {
    this.state.update((state) => ({
      ...state,
      query: { ...state.query, ...changes, page: changes.page ?? 1 },
    }));
    await this.fetchPage();
  }

  async resetFilters(): Promise<void> {
    const { pageSize } = this.state().query;
    this.state.update((state) => ({ ...state, query: { page: 1, pageSize } }));
    await this.fetchPage();
  }

  setGrouping(grouping: MeasureGrouping): void {
    this.state.update((state) => ({ ...state, grouping }));
  }

  async reload(): Promise<void> {
    await this.fetchPage();
  }

  async create(request: CreateMeasureRequest): Promise<Measure> {
    const measure = await firstValueFrom(this.api.create(this.initiativeId(), request));
    await Promise.all([this.fetchPage(), this.plan.refresh()]);
    return measure;
  }

  /** Sends the version last read; a 409 stale-version (or 403) is thrown to the caller. */
  async update(measure: Measure, changes: Omit<UpdateMeasureRequest, 'version'>): Promise<Measure> {
    const updated = await firstValueFrom(
      this.api.update(this.initiativeId(), measure.id, { ...changes, version: measure.version }),
    );
    this.state.update((state) =>
      state.page
        ? {
            ...state,
            page: {
              ...state.page,
              items: state.page.items.map((item) => (item.id === updated.id ? updated : item)),
            },
          }
        : state,
    );
    await this.plan.refresh();
    return updated;
  }

  async remove(measure: Measure): Promise<void> {
    await firstValueFrom(this.api.remove(this.initiativeId(), measure.id));
    await Promise.all([this.fetchPage(), this.plan.refresh()]);
  }

  /** The measure as it is now (after a conflict), or null when it was deleted meanwhile. */
  async fetch(measureId: string): Promise<Measure | null> {
    try {
      return await firstValueFrom(this.api.get(this.initiativeId(), measureId));
    } catch (error) {
      if (toProblem(error).status === 404) return null;
      throw error;
    }
  }

  private async fetchPage(): Promise<void> {
    const { initiativeId, query } = this.state();
    if (!initiativeId) return;
    const request = ++this.request;
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    try {
      const page = await firstValueFrom(this.api.list(initiativeId, query));
      if (request !== this.request) return;
      this.state.update((state) => ({ ...state, page, loading: false }));
    } catch (error) {
      if (request !== this.request) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  private initiativeId(): string {
    const id = this.state().initiativeId;
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}
