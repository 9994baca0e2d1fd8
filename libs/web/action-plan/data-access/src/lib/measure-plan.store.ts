import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { ActionPlanStatus, Actor, Goal, Indicator, Measure } from '@gw/shared/contracts';
import { ActorsApi } from '@gw/web/actors/data-access';
import { KeyedLoad, type Problem, toProblem } from '@gw/web/shared/data-access';
import { SharedGoalApi } from '@gw/web/shared-goal/data-access';
import { WorkingGroupsStore } from '@gw/web/working-groups/data-access';
import { MeasuresApi } from './measures.api';

interface ActionPlan {
  goals: Goal[];
  actors: Actor[];
  indicators: Indicator[];
  measures: Measure[] | null;
  status: ActionPlanStatus | null;
  /** Why the measures or the goals could not be read; what could be read still shows. */
  problem: Problem | null;
}

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
  private readonly plan = new KeyedLoad<string, ActionPlan>();

  readonly initiativeId = this.plan.key;
  readonly goals = computed(() => this.plan.value()?.goals ?? null);
  readonly actors = computed(() => this.plan.value()?.actors ?? []);
  readonly indicators = computed(() => this.plan.value()?.indicators ?? []);
  readonly measures = computed(() => this.plan.value()?.measures ?? null);
  readonly status = computed(() => this.plan.value()?.status ?? null);
  readonly loading = this.plan.loading;
  readonly error = computed(() => this.plan.value()?.problem ?? null);
  readonly groups = computed(() => this.workingGroups.groups() ?? []);
  readonly myGroupIds = this.workingGroups.myGroupIds;

  readonly goalById = computed(() => byId(this.goals() ?? []));
  readonly actorById = computed(() => byId(this.actors()));
  readonly groupById = computed(() => byId(this.groups()));
  readonly indicatorById = computed(() => byId(this.indicators()));
  readonly measureById = computed(() => byId(this.measures() ?? []));

  /** Loads everything of an initiative; the lists to choose from may fail without harm. */
  async load(initiativeId: string): Promise<void> {
    await this.plan.load(
      initiativeId,
      async (kept) => {
        const [goals, actors, indicators, , measures] = await Promise.allSettled([
          firstValueFrom(this.goalsApi.get(initiativeId)),
          firstValueFrom(this.actorsApi.listAll(initiativeId)),
          firstValueFrom(this.api.indicators(initiativeId)),
          this.workingGroups.load(initiativeId),
          this.fetchMeasures(initiativeId),
        ]);
        const failed = [measures, goals].find((result) => result.status === 'rejected');
        return {
          goals: goals.status === 'fulfilled' ? goals.value.goals : (kept?.goals ?? []),
          actors: actors.status === 'fulfilled' ? actors.value : (kept?.actors ?? []),
          indicators:
            indicators.status === 'fulfilled' ? indicators.value : (kept?.indicators ?? []),
          ...(measures.status === 'fulfilled'
            ? measures.value
            : { measures: kept?.measures ?? null, status: kept?.status ?? null }),
          problem: failed ? toProblem(failed.reason) : null,
        };
      },
      true,
    );
  }

  /** Every measure and the plan's state again, after a change (baseline markers move too). */
  async refresh(): Promise<void> {
    const initiativeId = this.plan.key();
    if (!initiativeId) return;
    try {
      const fetched = await this.fetchMeasures(initiativeId);
      this.plan.update(initiativeId, (plan) => ({ ...plan, ...fetched, problem: null }));
    } catch (error) {
      this.plan.update(initiativeId, (plan) => ({ ...plan, problem: toProblem(error) }));
    }
  }

  private async fetchMeasures(initiativeId: string) {
    const [measures, status] = await Promise.all([
      firstValueFrom(this.api.listAll(initiativeId)),
      firstValueFrom(this.api.status(initiativeId)),
    ]);
    return { measures, status };
  }
}
