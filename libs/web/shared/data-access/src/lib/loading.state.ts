import { Injectable, signal } from '@angular/core';

/** Requests quicker than this show no progress bar: a flicker would be worse than nothing. */
export const LOADING_DELAY_MS = 300;

/** Counts running requests; `visible` turns true once one has been running for a while. */
@Injectable({ providedIn: 'root' })
export class LoadingState {
  private pending = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly slow = signal(false);

  readonly visible = this.slow.asReadonly();

  start(): void {
    this.pending += 1;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.pending > 0) this.slow.set(true);
    }, LOADING_DELAY_MS);
  }

  stop(): void {
    this.pending = Math.max(0, this.pending - 1);
    if (this.pending > 0) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.slow.set(false);
  }
}
