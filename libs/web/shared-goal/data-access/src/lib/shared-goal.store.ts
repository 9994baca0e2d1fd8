import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { SharedGoal, UpdateSharedGoalRequest } from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { SharedGoalApi } from './shared-goal.api';

interface SharedGoalState {
  initiativeId: string | null;
  goal: SharedGoal | null;
  loading: boolean;
  error: Problem | null;
}

const EMPTY: SharedGoalState = { initiativeId: null, goal: null, loading: false, error: null };

/** The vision and the ordered goals of one initiative. */
@Injectable({ providedIn: 'root' })
export class SharedGoalStore {
  private readonly api = inject(SharedGoalApi);
  private readonly state = signal<SharedGoalState>(EMPTY);

  readonly goal = computed(() => this.state().goal);
  readonly goals = computed(() =>
    [...(this.state().goal?.goals ?? [])].sort((a, b) => a.position - b.position),
  );
  readonly isEmpty = computed(() => {
    const goal = this.state().goal;
    return goal !== null && goal.vision.trim() === '' && goal.goals.length === 0;
  });
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId, loading: true, error: null });
    try {
      const goal = await firstValueFrom(this.api.get(initiativeId));
      if (this.state().initiativeId !== initiativeId) return;
      this.state.set({ initiativeId, goal, loading: false, error: null });
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  async reload(): Promise<void> {
    const id = this.state().initiativeId;
    if (id) await this.load(id);
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async save(changes: Omit<UpdateSharedGoalRequest, 'version'>): Promise<SharedGoal> {
    const { initiativeId, goal } = this.state();
    if (!initiativeId || !goal) throw new Error('No shared goal loaded');
    const saved = await firstValueFrom(
      this.api.update(initiativeId, { ...changes, version: goal.version }),
    );
    this.state.update((state) => ({ ...state, goal: saved }));
    return saved;
  }
}
