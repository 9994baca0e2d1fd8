import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { InitiativeTodos, MyTodos, TodoItem, TodoSection } from '@gw/shared/contracts';
import { AuthStore, KeyedLoad } from '@gw/web/shared/data-access';
import { TodosApi } from './todos.api';

/** How many to-dos lead to each section of the initiative, e.g. `{ agreement: 1 }`. */
export type OpenCounts = Partial<Record<TodoSection, number>>;

/** Counts the to-dos per section of the initiative (only sections with some). */
export function countBySection(items: readonly TodoItem[]): OpenCounts {
  const counts: OpenCounts = {};
  for (const item of items) counts[item.section] = (counts[item.section] ?? 0) + 1;
  return counts;
}

/**
 * What waits for the user: in the initiative looked at (its overview) and across all of theirs
 * (the start page). Read afresh on every visit, so that what was done meanwhile is gone, while
 * the last list read stays on screen; another initiative's list is never shown meanwhile.
 */
@Injectable({ providedIn: 'root' })
export class TodosStore {
  private readonly api = inject(TodosApi);
  private readonly auth = inject(AuthStore);
  private readonly ofInitiative = new KeyedLoad<string, InitiativeTodos>();
  /** Keyed by the user: another user logging in on this browser never sees the list before. */
  private readonly ofUser = new KeyedLoad<string, MyTodos>();

  readonly initiativeTodos = this.ofInitiative.value;
  readonly initiativeLoading = this.ofInitiative.loading;
  readonly initiativeError = this.ofInitiative.error;
  /** The initiative whose to-dos `initiativeTodos` and `openCounts` hold. */
  readonly initiativeId = this.ofInitiative.key;

  readonly myTodos = this.ofUser.value;
  readonly myLoading = this.ofUser.loading;
  readonly myError = this.ofUser.error;

  /**
   * The open to-dos per section of the initiative `initiativeId` (at most the 50 listed), for
   * count badges in its navigation: `{ agreement: 1, measurements: 3 }`.
   */
  readonly openCounts = computed(() => countBySection(this.initiativeTodos()?.items ?? []));

  async loadInitiative(initiativeId: string): Promise<void> {
    await this.ofInitiative.load(
      initiativeId,
      () => firstValueFrom(this.api.ofInitiative(initiativeId)),
      true,
    );
  }

  async loadMine(): Promise<void> {
    const user = this.auth.user()?.id ?? '';
    await this.ofUser.load(user, () => firstValueFrom(this.api.mine()), true);
  }
}
