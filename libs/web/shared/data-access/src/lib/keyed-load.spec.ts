import { HttpErrorResponse } from '@angular/common/http';
import { KeyedLoad } from './keyed-load';

/** A fetch the test answers when it wants to. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('KeyedLoad', () => {
  it('shows the value once loaded', async () => {
    const shown = new KeyedLoad<number, string>();
    await shown.load(1, () => Promise.resolve('v1'));
    expect(shown.key()).toBe(1);
    expect(shown.value()).toBe('v1');
    expect(shown.loading()).toBe(false);
  });

  it('drops the answer for a key no longer wanted', async () => {
    const shown = new KeyedLoad<number, string>();
    const slow = deferred<string>();
    const first = shown.load(1, () => slow.promise);
    await shown.load(2, () => Promise.resolve('v2'));
    slow.resolve('v1');
    await first;
    expect(shown.key()).toBe(2);
    expect(shown.value()).toBe('v2');
  });

  it('keeps a value on screen while it reloads, and loads it only once unless forced', async () => {
    const shown = new KeyedLoad<number, string>();
    await shown.load(1, () => Promise.resolve('v1'));
    const fetch = jest.fn(() => Promise.resolve('v1 again'));
    await shown.load(1, fetch);
    expect(fetch).not.toHaveBeenCalled();
    const reload = deferred<string>();
    const reloading = shown.load(1, () => reload.promise, true);
    expect(shown.value()).toBe('v1');
    expect(shown.loading()).toBe(true);
    reload.resolve('v1 again');
    await reloading;
    expect(shown.value()).toBe('v1 again');
  });

  it('tells why a key could not be loaded', async () => {
    const shown = new KeyedLoad<number, string>();
    await shown.load(3, () =>
      Promise.reject(new HttpErrorResponse({ status: 404, statusText: 'Not Found' })),
    );
    expect(shown.error()?.status).toBe(404);
    expect(shown.value()).toBeNull();
  });

  it('changes the value only while it is the one of the key named', async () => {
    const shown = new KeyedLoad<number, string>();
    shown.show(2, 'draft');
    shown.update(1, () => 'other');
    expect(shown.value()).toBe('draft');
    shown.update(2, (value) => `${value}, saved`);
    expect(shown.value()).toBe('draft, saved');
  });

  it('hands the value kept for the same key to the fetch, and resolves with the answer', async () => {
    const shown = new KeyedLoad<number, string>();
    await shown.load(1, () => Promise.resolve('v1'));
    const kept: (string | null)[] = [];
    const loaded = await shown.load(
      1,
      (value) => {
        kept.push(value);
        return Promise.resolve(`${value}, again`);
      },
      true,
    );
    await shown.load(2, (value) => {
      kept.push(value);
      return Promise.resolve('v2');
    });
    expect(kept).toEqual(['v1', null]);
    expect(loaded).toBe('v1, again');
  });

  it('resolves with null for an answer no longer wanted', async () => {
    const shown = new KeyedLoad<number, string>();
    const slow = deferred<string>();
    const first = shown.load(1, () => slow.promise);
    shown.show(2, 'other');
    slow.resolve('v1');
    await expect(first).resolves.toBeNull();
  });

  it('takes keys of several parts as the same when each part is', async () => {
    const shown = new KeyedLoad<readonly [string, string | null], string>();
    const slow = deferred<string>();
    const first = shown.load(['i1', null], () => slow.promise);
    expect(shown.isCurrent(['i1', null])).toBe(true);
    await shown.load(['i1', '2026-01-01'], () => Promise.resolve('as of January'));
    slow.resolve('today');
    await first;
    expect(shown.key()).toEqual(['i1', '2026-01-01']);
    expect(shown.value()).toBe('as of January');
    const fetch = jest.fn(() => Promise.resolve('again'));
    await shown.load(['i1', '2026-01-01'], fetch);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('forgets a stale value but keeps its key', async () => {
    const shown = new KeyedLoad<number, string>();
    await shown.load(1, () => Promise.resolve('v1'));
    shown.forget();
    expect(shown.key()).toBe(1);
    expect(shown.value()).toBeNull();
  });
});
