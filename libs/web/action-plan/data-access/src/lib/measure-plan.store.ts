import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { ActionPlanStatus, Actor, Goal, Indicator, Measure } from '@gw/shared/contracts';
import { ActorsApi } from '@gw/web/actors/data-access';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { SharedGoalApi } from '@gw/web/shared-goal/data-access';
import { WorkingGroupsStore } from '@gw/web/working-groups/data-access';
import { MeasuresApi } from './measures.api';

interface ActionPlanState {
  initiativeId: string | null;
  goals: Goal[] | null;
  actors: Actor[];
  indicators: Indicator[];
  measures: Measure[] | null;
  status: ActionPlanStatus | null;
  loading: boolean;
  error: Problem | null;
}

const EMPTY: ActionPlanState = {
  initiativeId: null,
  goals: null,
  actors: [],
  indicators: [],
  measures: null,
  status: null,
  loading: false,
  error: null,
};

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item]));

/**
 * The action plan as a whole: every measure (for the timeline and the matrix), its state
 * against the approved baseline, and what measures refer to: goals, working groups, actors and
 * indicators, by id.
 */
@Injectable({ providedIn: 'root' })
export class MeasurePlanStore {
  private readonly api = inject(MeasuresApi);
  private readonly goalsApi = inject(SharedGoalApi);
  private readonly actorsApi = inject(ActorsApi);
  private readonly workingGroups = inject(WorkingGroupsStore);
  private readonly state = signal<ActionPlanState>(EMPTY);

  readonly initiativeId = computed(() => this.state().initiativeId);
  readonly goals = computed(() => this.state().goals);
  readonly actors = computed(() => this.state().actors);
  readonly indicators = computed(() => this.state().indicators);
  readonly measures = computed(() => this.state().measures);
  readonly status = computed(() => this.state().status);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly groups = computed(() => this.workingGroups.groups() ?? []);
  readonly myGroupIds = this.workingGroups.myGroupIds;

  readonly goalById = computed(() => byId(this.goals() ?? []));
  readonly actorById = computed(() => byId(this.actors()));
  readonly groupById = computed(() => byId(this.groups()));
  readonly indicatorById = computed(() => byId(this.indicators()));
  readonly measureById = computed(() => byId(this.measures() ?? []));

  /** Loads everything of an initiative; the lists to choose from may fail without harm. */
  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId, loading: true, error: null });
    const [goals, actors, indicators] = await Promise.allSettled([
      firstValueFrom(this.goalsApi.get(initiativeId)),
      firstValueFrom(this.actorsApi.listAll(initiativeId)),
      firstValueFrom(this.api.indicators(initiativeId)),
      this.workingGroups.load(initiativeId),
      this.refresh(),
    ]);
    if (this.state().initiativeId !== initiativeId) return;
    this.state.update((state) => ({
      ...state,
      goals: goals.status === 'fulfilled' ? goals.value.goals : (state.goals ?? []),
      actors: actors.status === 'fulfilled' ? actors.value : state.actors,
      indicators: indicators.status === 'fulfilled' ? indicators.value : state.indicators,
      loading: false,
      error: state.error ?? (goals.status === 'rejected' ? toProblem(goals.reason) : null),
    }));
  }

  /** Every measure and the plan's state again, after a change (baseline markers move too). */
  async refresh(): Promise<void> {
    const initiativeId = this.state().initiativeId;
    if (!initiativeId) return;
    try {
      const [measures, status] = await Promise.all([
        firstValueFrom(this.api.listAll(initiativeId)),
        firstValueFrom(this.api.status(initiativeId)),
      ]);
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, measures, status, error: null }));
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, error: toProblem(error) }));
    }
  }
}
