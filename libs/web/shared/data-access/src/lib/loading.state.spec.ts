import { TestBed } from '@angular/core/testing';
import { LOADING_DELAY_MS, LoadingState } from './loading.state';

describe('LoadingState', () => {
  let loading: LoadingState;

  beforeEach(() => {
    jest.useFakeTimers();
    loading = TestBed.inject(LoadingState);
  });

  afterEach(() => jest.useRealTimers());

  it('stays hidden for quick requests', () => {
    loading.start();
    jest.advanceTimersByTime(LOADING_DELAY_MS - 50);
    loading.stop();
    jest.advanceTimersByTime(LOADING_DELAY_MS);
    expect(loading.visible()).toBe(false);
  });

  it('shows while a slow request runs and hides when the last one ends', () => {
    loading.start();
    loading.start();
    jest.advanceTimersByTime(LOADING_DELAY_MS);
    expect(loading.visible()).toBe(true);
    loading.stop();
    expect(loading.visible()).toBe(true);
    loading.stop();
    expect(loading.visible()).toBe(false);
  });
});
