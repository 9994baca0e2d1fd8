import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { SharedGoal, UpdateSharedGoalRequest } from '@gw/shared/contracts';
import { KeyedLoad } from '@gw/web/shared/data-access';
import { SharedGoalApi } from './shared-goal.api';

/** The vision and the ordered goals of one initiative. */
@Injectable({ providedIn: 'root' })
export class SharedGoalStore {
  private readonly api = inject(SharedGoalApi);
  private readonly loaded = new KeyedLoad<string, SharedGoal>();

  readonly goal = this.loaded.value;
  readonly goals = computed(() =>
    [...(this.loaded.value()?.goals ?? [])].sort((a, b) => a.position - b.position),
  );
  readonly isEmpty = computed(() => {
    const goal = this.loaded.value();
    return goal !== null && goal.vision.trim() === '' && goal.goals.length === 0;
  });
  readonly loading = this.loaded.loading;
  readonly error = this.loaded.error;

  async load(initiativeId: string): Promise<void> {
    await this.loaded.load(initiativeId, () => firstValueFrom(this.api.get(initiativeId)), true);
  }

  async reload(): Promise<void> {
    const id = this.loaded.key();
    if (id) await this.load(id);
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async save(changes: Omit<UpdateSharedGoalRequest, 'version'>): Promise<SharedGoal> {
    const initiativeId = this.loaded.key();
    const goal = this.loaded.value();
    if (!initiativeId || !goal) throw new Error('No shared goal loaded');
    const saved = await firstValueFrom(
      this.api.update(initiativeId, { ...changes, version: goal.version }),
    );
    this.loaded.update(initiativeId, () => saved);
    return saved;
  }
}
