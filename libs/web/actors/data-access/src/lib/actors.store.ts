import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type Actor,
  type ActorAreaSummary,
  type ActorImportFormat,
  type ActorImportResult,
  type ActorListQuery,
  type CreateActorRequest,
  DEFAULT_PAGE_SIZE,
  type Page,
  type UpdateActorRequest,
} from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { type ActorFile, ActorsApi } from './actors.api';

export const DEFAULT_ACTOR_QUERY: ActorListQuery = {
  sort: 'name',
  direction: 'asc',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

interface ActorsState {
  initiativeId: string | null;
  query: ActorListQuery;
  page: Page<Actor> | null;
  summary: ActorAreaSummary[] | null;
  loading: boolean;
  error: Problem | null;
}

const EMPTY: ActorsState = {
  initiativeId: null,
  query: DEFAULT_ACTOR_QUERY,
  page: null,
  summary: null,
  loading: false,
  error: null,
};

const FILTERS = [
  'q',
  'area',
  'kind',
  'existingCooperation',
  'plannedCoreGroup',
  'extendedForums',
  'isPartner',
] as const;

/** The actor table of one initiative: a page of it under the chosen filters, and the summary. */
@Injectable({ providedIn: 'root' })
export class ActorsStore {
  private readonly api = inject(ActorsApi);
  private readonly state = signal<ActorsState>(EMPTY);
  /** Only the answer to the latest request is shown (typing in the search sends several). */
  private request = 0;

  readonly query = computed(() => this.state().query);
  readonly page = computed(() => this.state().page);
  readonly summary = computed(() => this.state().summary);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly filtered = computed(() =>
    FILTERS.some((name) => this.state().query[name] !== undefined),
  );

  /** Loads the first page and the summary of an initiative (keeps the query for the same one). */
  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId });
    await Promise.all([this.fetchPage(), this.refreshSummary()]);
  }

  /** Changes filters, sort or page; any change but the page starts again at page 1. */
  async setQuery(changes: ActorListQuery): Promise<void> {
    this.state.update((state) => ({
      ...state,
      query: { ...state.query, ...changes, page: changes.page ?? 1 },
    }));
    await this.fetchPage();
  }

  async resetFilters(): Promise<void> {
    const { sort, direction, pageSize } = this.state().query;
    this.state.update((state) => ({ ...state, query: { sort, direction, pageSize, page: 1 } }));
    await this.fetchPage();
  }

  async reload(): Promise<void> {
    await Promise.all([this.fetchPage(), this.refreshSummary()]);
  }

  async create(request: CreateActorRequest): Promise<Actor> {
    const actor = await firstValueFrom(this.api.create(this.initiativeId(), request));
    await this.reload();
    return actor;
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async update(actor: Actor, changes: Omit<UpdateActorRequest, 'version'>): Promise<Actor> {
    const updated = await firstValueFrom(
      this.api.update(this.initiativeId(), actor.id, { ...changes, version: actor.version }),
    );
    this.replace(updated);
    await this.refreshSummary();
    return updated;
  }

  async remove(actor: Actor): Promise<void> {
    await firstValueFrom(this.api.remove(this.initiativeId(), actor.id));
    await this.reload();
  }

  async addRepresentative(actor: Actor, userId: string): Promise<Actor> {
    const updated = await firstValueFrom(
      this.api.addRepresentative(this.initiativeId(), actor.id, userId),
    );
    this.replace(updated);
    return updated;
  }

  /** Resolves to the actor as it is now (the API answers with it, or nothing). */
  async removeRepresentative(actor: Actor, userId: string): Promise<Actor> {
    const answer = await firstValueFrom(
      this.api.removeRepresentative(this.initiativeId(), actor.id, userId),
    );
    const updated = isActor(answer)
      ? answer
      : {
          ...actor,
          representatives: actor.representatives.filter((item) => item.userId !== userId),
        };
    this.replace(updated);
    return updated;
  }

  /** Imports a file; nothing is written when it has errors (400 import-invalid, thrown). */
  async import(file: Blob, format: ActorImportFormat): Promise<ActorImportResult> {
    const result = await firstValueFrom(this.api.import(this.initiativeId(), file, format));
    await this.reload();
    return result;
  }

  export(format: ActorImportFormat): Promise<ActorFile> {
    return firstValueFrom(this.api.export(this.initiativeId(), format));
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

  /** The summary is a hint beside the table: when it fails, the table still works. */
  private async refreshSummary(): Promise<void> {
    const initiativeId = this.state().initiativeId;
    if (!initiativeId) return;
    try {
      const summary = await firstValueFrom(this.api.summary(initiativeId));
      if (this.state().initiativeId === initiativeId) {
        this.state.update((state) => ({ ...state, summary }));
      }
    } catch {
      this.state.update((state) => ({ ...state, summary: null }));
    }
  }

  private replace(actor: Actor): void {
    this.state.update((state) =>
      state.page
        ? {
            ...state,
            page: {
              ...state.page,
              items: state.page.items.map((item) => (item.id === actor.id ? actor : item)),
            },
          }
        : state,
    );
  }

  private initiativeId(): string {
    const id = this.state().initiativeId;
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}

function isActor(value: unknown): value is Actor {
  return typeof value === 'object' && value !== null && 'representatives' in value;
}
