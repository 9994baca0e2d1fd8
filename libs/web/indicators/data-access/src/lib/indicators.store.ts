import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import type {
  CollectionPlanEntry,
  Dimension,
  DimensionInput,
  Goal,
  Indicator,
  IndicatorInput,
  Member,
} from '@gw/shared/contracts';
import { ActorsApi } from '@gw/web/actors/data-access';
import { MembersApi } from '@gw/web/members/data-access';
import { SharedGoalApi } from '@gw/web/shared-goal/data-access';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { IndicatorsApi } from './indicators.api';
import { groupByGoal } from './indicator-views';

interface IndicatorsState {
  initiativeId: string | null;
  indicators: Indicator[] | null;
  dimensions: Dimension[] | null;
  /** What the indicators refer to by id: the goals, the actors. */
  goals: Goal[];
  actors: { id: string; name: string }[];
  loading: boolean;
  error: Problem | null;
  /** The members to choose stewards from; loaded when a form needs them. */
  members: Member[] | null;
  plan: CollectionPlanEntry[] | null;
  planDate: string | null;
  planLoading: boolean;
  planError: Problem | null;
}

const EMPTY: IndicatorsState = {
  initiativeId: null,
  indicators: null,
  dimensions: null,
  goals: [],
  actors: [],
  loading: false,
  error: null,
  members: null,
  plan: null,
  planDate: null,
  planLoading: false,
  planError: null,
};

const byName = new Intl.Collator('de', { sensitivity: 'base' });

/**
 * The indicator catalogue of one initiative: indicators, dimensions, the names they refer to
 * (goals, actors) and the data collection plan. Writes throw the API's problem to the caller,
 * which shows it at its form; the state changes only on success.
 */
@Injectable({ providedIn: 'root' })
export class IndicatorsStore {
  private readonly api = inject(IndicatorsApi);
  private readonly goalsApi = inject(SharedGoalApi);
  private readonly actorsApi = inject(ActorsApi);
  private readonly membersApi = inject(MembersApi);
  private readonly state = signal<IndicatorsState>(EMPTY);

  readonly indicators = computed(() => this.state().indicators);
  readonly dimensions = computed(() => this.state().dimensions);
  readonly goals = computed(() => [...this.state().goals].sort((a, b) => a.position - b.position));
  readonly actors = computed(() => this.state().actors);
  readonly members = computed(() => this.state().members);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly groups = computed(() => groupByGoal(this.state().indicators ?? [], this.goals()));
  readonly actorNames = computed(
    () => new Map(this.state().actors.map((actor) => [actor.id, actor.name])),
  );
  readonly dimensionNames = computed(
    () => new Map((this.state().dimensions ?? []).map((d) => [d.id, d.name])),
  );

  readonly plan = computed(() => this.state().plan);
  readonly planDate = computed(() => this.state().planDate);
  readonly planLoading = computed(() => this.state().planLoading);
  readonly planError = computed(() => this.state().planError);

  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId, loading: true, error: null });
    try {
      const [indicators, dimensions, sharedGoal, actors] = await Promise.all([
        this.fetch(this.api.list(initiativeId)),
        this.fetch(this.api.dimensions(initiativeId)),
        this.fetch(this.goalsApi.get(initiativeId)),
        this.fetch(this.actorsApi.listAll(initiativeId)),
      ]);
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({
        ...state,
        indicators: [...indicators].sort((a, b) => byName.compare(a.name, b.name)),
        dimensions,
        goals: sharedGoal.goals,
        actors: actors
          .map((actor) => ({ id: actor.id, name: actor.name }))
          .sort((a, b) => byName.compare(a.name, b.name)),
        loading: false,
      }));
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  async reload(): Promise<void> {
    const id = this.state().initiativeId;
    if (id) await this.load(id);
  }

  /** The members, for choosing stewards; loaded once per initiative. */
  async loadMembers(): Promise<Member[]> {
    const loaded = this.state().members;
    if (loaded) return loaded;
    const initiativeId = this.initiativeId();
    const members = await this.fetch(this.membersApi.listAll(initiativeId));
    const sorted = [...members].sort((a, b) => byName.compare(a.displayName, b.displayName));
    this.state.update((state) =>
      state.initiativeId === initiativeId ? { ...state, members: sorted } : state,
    );
    return sorted;
  }

  async create(input: IndicatorInput): Promise<Indicator> {
    const created = await this.fetch(this.api.create(this.initiativeId(), input));
    this.setIndicators((list) => [...list, created]);
    return created;
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async update(indicator: Indicator, changes: Partial<IndicatorInput>): Promise<Indicator> {
    const updated = await this.fetch(
      this.api.update(this.initiativeId(), indicator.id, {
        ...changes,
        version: indicator.version,
      }),
    );
    this.setIndicators((list) => list.map((item) => (item.id === updated.id ? updated : item)));
    return updated;
  }

  async remove(indicator: Indicator): Promise<void> {
    await this.fetch(this.api.remove(this.initiativeId(), indicator.id));
    this.setIndicators((list) => list.filter((item) => item.id !== indicator.id));
  }

  async createDimension(input: DimensionInput): Promise<Dimension> {
    const created = await this.fetch(this.api.createDimension(this.initiativeId(), input));
    this.setDimensions((list) => [...list, created]);
    return created;
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async updateDimension(dimension: Dimension, changes: DimensionInput): Promise<Dimension> {
    const updated = await this.fetch(
      this.api.updateDimension(this.initiativeId(), dimension.id, {
        ...changes,
        version: dimension.version,
      }),
    );
    this.setDimensions((list) => list.map((item) => (item.id === updated.id ? updated : item)));
    return updated;
  }

  /** A dimension an indicator uses is refused with 409 in-use, thrown to the caller. */
  async removeDimension(dimension: Dimension): Promise<void> {
    await this.fetch(this.api.removeDimension(this.initiativeId(), dimension.id));
    this.setDimensions((list) => list.filter((item) => item.id !== dimension.id));
  }

  /** The collection plan as of `date` (YYYY-MM-DD), or as of today without. */
  async loadPlan(date: string | null): Promise<void> {
    const initiativeId = this.initiativeId();
    this.state.update((state) => ({
      ...state,
      planDate: date,
      planLoading: true,
      planError: null,
    }));
    try {
      const plan = await this.fetch(this.api.collectionPlan(initiativeId, date ?? undefined));
      if (this.state().initiativeId !== initiativeId || this.state().planDate !== date) return;
      this.state.update((state) => ({ ...state, plan, planLoading: false }));
    } catch (error) {
      if (this.state().initiativeId !== initiativeId || this.state().planDate !== date) return;
      this.state.update((state) => ({ ...state, planLoading: false, planError: toProblem(error) }));
    }
  }

  private setIndicators(change: (list: Indicator[]) => Indicator[]): void {
    this.state.update((state) => ({
      ...state,
      indicators: change(state.indicators ?? []).sort((a, b) => byName.compare(a.name, b.name)),
      // The plan lists every indicator: it is stale after a change.
      plan: null,
    }));
  }

  private setDimensions(change: (list: Dimension[]) => Dimension[]): void {
    this.state.update((state) => ({ ...state, dimensions: change(state.dimensions ?? []) }));
  }

  private initiativeId(): string {
    const id = this.state().initiativeId;
    if (!id) throw new Error('No initiative loaded');
    return id;
  }

  private fetch<T>(request: Observable<T>): Promise<T> {
    return firstValueFrom(request);
  }
}
