import { computed, signal } from '@angular/core';
import { type Problem, toProblem } from './problem';

/**
 * What a load is for: an initiative's id, a version's number, or several of them together (e.g.
 * an initiative and a day), which count as the same key when each part is the same.
 */
export type LoadKey = string | number | readonly (string | number | null)[];

interface Slot<K, T> {
  key: K | null;
  value: T | null;
  loading: boolean;
  error: Problem | null;
}

const NOTHING: Slot<never, never> = { key: null, value: null, loading: false, error: null };

function sameKey(a: LoadKey | null, b: LoadKey | null): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((part, index) => part === b[index]);
  }
  return a === b;
}

/**
 * What a store loaded for one key, e.g. the data of an initiative (key: its id) or the version
 * being looked at (key: its number): which key, the value, whether it is loading, and why it
 * failed. An answer for a key no longer wanted is dropped, so a slow response never shows under
 * another initiative or version (the user moved on while it loaded).
 */
export class KeyedLoad<K extends LoadKey, T> {
  private readonly state = signal<Slot<K, T>>(NOTHING);

  readonly key = computed(() => this.state().key, { equal: sameKey });
  readonly value = computed(() => this.state().value);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  /** Whether `key` is the one wanted now. */
  isCurrent(key: K): boolean {
    return sameKey(this.state().key, key);
  }

  /**
   * Loads `key` with `fetch`, unless it is there or loading already (`force` reloads). Reloading
   * the same key keeps its value on screen, and hands it to `fetch` to keep what the answer does
   * not carry; another key starts empty. Resolves with the value of `key` as it is then: null
   * while it is still loading, when it failed, or when another key is wanted by now.
   */
  async load(key: K, fetch: (kept: T | null) => Promise<T>, force = false): Promise<T | null> {
    const current = this.state();
    if (!force && this.isCurrent(key) && (current.value || current.loading)) return current.value;
    this.state.update((state) =>
      sameKey(state.key, key)
        ? { ...state, loading: true, error: null }
        : { ...NOTHING, key, loading: true },
    );
    try {
      const value = await fetch(this.state().value);
      if (!this.isCurrent(key)) return null;
      this.state.update((state) => ({ ...state, value, loading: false }));
      return value;
    } catch (error) {
      if (!this.isCurrent(key)) return null;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
      return null;
    }
  }

  /** Shows a value the caller has at hand already, e.g. a draft it just started. */
  show(key: K, value: T): void {
    this.state.set({ ...NOTHING, key, value });
  }

  /** Changes the value, if it still is the one of `key`. */
  update(key: K, change: (value: T) => T): void {
    this.state.update((state) =>
      sameKey(state.key, key) && state.value ? { ...state, value: change(state.value) } : state,
    );
  }

  /** Drops the value but keeps the key, when a change elsewhere made the value stale. */
  forget(): void {
    this.state.update((state) => ({ ...state, value: null }));
  }

  clear(): void {
    this.state.set(NOTHING);
  }
}
