import { Injectable, computed, inject } from '@angular/core';
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
import { KeyedLoad } from '@gw/web/shared/data-access';
import { IndicatorsApi } from './indicators.api';
import { groupByGoal } from './indicator-views';

interface Catalogue {
  indicators: Indicator[];
  dimensions: Dimension[];
  /** What the indicators refer to by id: the goals, the actors. */
  goals: Goal[];
  actors: { id: string; name: string }[];
  /** The members to choose stewards from; loaded when a form needs them. */
  members: Member[] | null;
}

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
  private readonly catalogue = new KeyedLoad<string, Catalogue>();
  /** The collection plan of the initiative as of a day (null: today). */
  private readonly collectionPlan = new KeyedLoad<
    readonly [string, string | null],
    CollectionPlanEntry[]
  >();

  readonly indicators = computed(() => this.catalogue.value()?.indicators ?? null);
  readonly dimensions = computed(() => this.catalogue.value()?.dimensions ?? null);
  readonly goals = computed(() =>
    [...(this.catalogue.value()?.goals ?? [])].sort((a, b) => a.position - b.position),
  );
  readonly actors = computed(() => this.catalogue.value()?.actors ?? []);
  readonly members = computed(() => this.catalogue.value()?.members ?? null);
  readonly loading = this.catalogue.loading;
  readonly error = this.catalogue.error;
  readonly groups = computed(() => groupByGoal(this.indicators() ?? [], this.goals()));
  readonly actorNames = computed(
    () => new Map(this.actors().map((actor) => [actor.id, actor.name])),
  );
  readonly dimensionNames = computed(
    () => new Map((this.dimensions() ?? []).map((d) => [d.id, d.name])),
  );

  readonly plan = this.collectionPlan.value;
  readonly planDate = computed(() => this.collectionPlan.key()?.[1] ?? null);
  readonly planLoading = this.collectionPlan.loading;
  readonly planError = this.collectionPlan.error;

  async load(initiativeId: string): Promise<void> {
    if (!this.catalogue.isCurrent(initiativeId)) this.collectionPlan.clear();
    await this.catalogue.load(
      initiativeId,
      async (kept) => {
        const [indicators, dimensions, sharedGoal, actors] = await Promise.all([
          this.fetch(this.api.list(initiativeId)),
          this.fetch(this.api.dimensions(initiativeId)),
          this.fetch(this.goalsApi.get(initiativeId)),
          this.fetch(this.actorsApi.listAll(initiativeId)),
        ]);
        return {
          indicators: [...indicators].sort((a, b) => byName.compare(a.name, b.name)),
          dimensions,
          goals: sharedGoal.goals,
          actors: actors
            .map((actor) => ({ id: actor.id, name: actor.name }))
            .sort((a, b) => byName.compare(a.name, b.name)),
          members: kept?.members ?? null,
        };
      },
      true,
    );
  }

  async reload(): Promise<void> {
    const id = this.catalogue.key();
    if (id) await this.load(id);
  }

  /** The members, for choosing stewards; loaded once per initiative. */
  async loadMembers(): Promise<Member[]> {
    const loaded = this.members();
    if (loaded) return loaded;
    const initiativeId = this.initiativeId();
    const members = await this.fetch(this.membersApi.listAll(initiativeId));
    const sorted = [...members].sort((a, b) => byName.compare(a.displayName, b.displayName));
    this.catalogue.update(initiativeId, (catalogue) => ({ ...catalogue, members: sorted }));
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
    await this.collectionPlan.load(
      [initiativeId, date],
      () => this.fetch(this.api.collectionPlan(initiativeId, date ?? undefined)),
      true,
    );
  }

  private setIndicators(change: (list: Indicator[]) => Indicator[]): void {
    this.catalogue.update(this.initiativeId(), (catalogue) => ({
      ...catalogue,
      indicators: change(catalogue.indicators).sort((a, b) => byName.compare(a.name, b.name)),
    }));
    // The plan lists every indicator: it is stale after a change.
    this.collectionPlan.forget();
  }

  private setDimensions(change: (list: Dimension[]) => Dimension[]): void {
    this.catalogue.update(this.initiativeId(), (catalogue) => ({
      ...catalogue,
      dimensions: change(catalogue.dimensions),
    }));
  }

  private initiativeId(): string {
    const id = this.catalogue.key();
    if (!id) throw new Error('No initiative loaded');
    return id;
  }

  private fetch<T>(request: Observable<T>): Promise<T> {
    return firstValueFrom(request);
  }
}
