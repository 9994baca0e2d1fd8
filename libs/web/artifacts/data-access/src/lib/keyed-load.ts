import { computed, signal } from '@angular/core';
import { type Problem, toProblem } from '@gw/web/shared/data-access';

interface Slot<K, T> {
  key: K | null;
  value: T | null;
  loading: boolean;
  error: Problem | null;
}

const NOTHING: Slot<never, never> = { key: null, value: null, loading: false, error: null };

/**
 * What an artifact's store loaded for one key, as the kinds' stores keep it: the artifact of an
 * initiative (key: its id), the version being looked at with what the kind shows beside it (key:
 * its number). Which key, the value, whether it is loading, and why it failed. An answer for a key
 * no longer wanted is dropped, so a slow response never shows under another initiative or version.
 */
export class KeyedLoad<K extends string | number, T> {
  private readonly state = signal<Slot<K, T>>(NOTHING);

  readonly key = computed(() => this.state().key);
  readonly value = computed(() => this.state().value);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  /**
   * Loads `key` with `fetch`, unless it is there or loading already (`force` reloads). Reloading
   * the same key keeps its value on screen; another one starts empty.
   */
  async load(key: K, fetch: () => Promise<T>, force = false): Promise<void> {
    const current = this.state();
    if (!force && current.key === key && (current.value || current.loading)) return;
    this.state.update((state) =>
      state.key === key
        ? { ...state, loading: true, error: null }
        : { ...NOTHING, key, loading: true },
    );
    try {
      const value = await fetch();
      if (this.state().key !== key) return;
      this.state.update((state) => ({ ...state, value, loading: false }));
    } catch (error) {
      if (this.state().key !== key) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  /** Shows a value the caller has at hand already, e.g. a draft it just started. */
  show(key: K, value: T): void {
    this.state.set({ ...NOTHING, key, value });
  }

  /** Changes the value, if it still is the one of `key`. */
  update(key: K, change: (value: T) => T): void {
    this.state.update((state) =>
      state.key === key && state.value ? { ...state, value: change(state.value) } : state,
    );
  }

  clear(): void {
    this.state.set(NOTHING);
  }
}
