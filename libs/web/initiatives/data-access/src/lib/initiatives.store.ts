import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type CreateInitiativeRequest,
  DEFAULT_PAGE_SIZE,
  type Initiative,
  type InitiativeSummary,
  type Page,
  type UpdateInitiativeRequest,
} from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { InitiativesApi } from './initiatives.api';

interface ListState {
  page: Page<InitiativeSummary> | null;
  loading: boolean;
  error: Problem | null;
}

interface CurrentState {
  id: string | null;
  initiative: Initiative | null;
  loading: boolean;
  error: Problem | null;
}

/** "My initiatives" and the initiative being looked at. */
@Injectable({ providedIn: 'root' })
export class InitiativesStore {
  private readonly api = inject(InitiativesApi);
  private readonly listState = signal<ListState>({ page: null, loading: false, error: null });
  private readonly currentState = signal<CurrentState>({
    id: null,
    initiative: null,
    loading: false,
    error: null,
  });

  readonly list = computed(() => this.listState().page);
  readonly listLoading = computed(() => this.listState().loading);
  readonly listError = computed(() => this.listState().error);

  readonly initiative = computed(() => this.currentState().initiative);
  readonly loading = computed(() => this.currentState().loading);
  readonly error = computed(() => this.currentState().error);
  readonly myRole = computed(() => this.initiative()?.myRole ?? null);
  /**
   * What the sections of an initiative load by: its id, its phase and the caller's role. Changes
   * only when one of them does, not on every edit of the profile.
   */
  readonly access = computed(
    () => {
      const initiative = this.initiative();
      return initiative
        ? { id: initiative.id, phase: initiative.phase, role: initiative.myRole }
        : null;
    },
    { equal: (a, b) => a?.id === b?.id && a?.phase === b?.phase && a?.role === b?.role },
  );
  /** The coordination office writes steps, actors, bodies and the shared goal. */
  readonly isCoordination = computed(() => this.myRole() === 'coordination');
  /** The steering group decides on phase transitions. */
  readonly isSteering = computed(() => this.myRole() === 'steering');

  async loadList(page = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<void> {
    this.listState.update((state) => ({ ...state, loading: true, error: null }));
    try {
      const result = await firstValueFrom(this.api.list(page, pageSize));
      this.listState.set({ page: result, loading: false, error: null });
    } catch (error) {
      this.listState.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  /** Loads an initiative; a different one than before is not shown while it loads. */
  async load(id: string): Promise<void> {
    this.currentState.update((state) => ({
      id,
      initiative: state.id === id ? state.initiative : null,
      loading: true,
      error: null,
    }));
    try {
      const initiative = await firstValueFrom(this.api.get(id));
      if (this.currentState().id === id) {
        this.currentState.set({ id, initiative, loading: false, error: null });
      }
    } catch (error) {
      if (this.currentState().id === id) {
        this.currentState.update((state) => ({
          ...state,
          loading: false,
          error: toProblem(error),
        }));
      }
    }
  }

  async reload(): Promise<void> {
    const id = this.currentState().id;
    if (id) await this.load(id);
  }

  /** Throws the API's error (for the form to show); stores the result on success. */
  async create(request: CreateInitiativeRequest): Promise<Initiative> {
    const initiative = await firstValueFrom(this.api.create(request));
    this.currentState.set({ id: initiative.id, initiative, loading: false, error: null });
    return initiative;
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async update(changes: Omit<UpdateInitiativeRequest, 'version'>): Promise<Initiative> {
    const current = this.initiative();
    if (!current) throw new Error('No initiative loaded');
    const initiative = await firstValueFrom(
      this.api.update(current.id, { ...changes, version: current.version }),
    );
    this.currentState.set({ id: initiative.id, initiative, loading: false, error: null });
    return initiative;
  }
}
