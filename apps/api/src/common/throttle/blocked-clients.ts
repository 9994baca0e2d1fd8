/**
 * What this API instance already knows to be blocked, and until when, so that it can answer 429
 * again without asking PostgreSQL: a client flooding a throttled route then costs no database
 * work. A block learnt from the shared counters never ends early (a window's count only grows; a
 * refund, which a blocked request never earns, at most ends it late on this instance), so the
 * answer is the one PostgreSQL would give. At most `capacity` entries: a flood of addresses
 * cannot grow the map without bound.
 */
export class BlockedClients {
  private readonly until = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  /** Seconds the key is still blocked, or undefined when this instance knows of no block. */
  secondsLeft(key: string): number | undefined {
    const until = this.until.get(key);
    if (until === undefined) return undefined;
    const left = (until - Date.now()) / 1000;
    if (left > 0) return left;
    this.until.delete(key);
    return undefined;
  }

  block(key: string, seconds: number): void {
    if (this.until.size >= this.capacity) this.evict();
    this.until.set(key, Date.now() + seconds * 1000);
  }

  /** Drops the ended blocks, and the oldest one if none has ended. */
  private evict(): void {
    const now = Date.now();
    for (const [key, until] of this.until) if (until <= now) this.until.delete(key);
    const oldest = this.until.keys().next();
    if (this.until.size >= this.capacity && !oldest.done) this.until.delete(oldest.value);
  }
}
