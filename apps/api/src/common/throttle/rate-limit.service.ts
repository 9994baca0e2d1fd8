import { Injectable } from '@nestjs/common';
import { SqlService } from '../database/sql.service';
import { BlockedClients } from './blocked-clients';
import { HIT, type HitRow, PURGE_EXPIRED, REFUND } from './rate-limit.queries';
import { RATE_LIMITS, type RateLimitName } from './rate-limits';

export interface RateLimitHit {
  name: RateLimitName;
  clientKey: string;
  allowed: boolean;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/** Counts requests per named policy and client in PostgreSQL, shared by every API instance. */
@Injectable()
export class RateLimitService {
  private readonly blocked = new BlockedClients();
  /** Route and address pairs known to be blocked, for the answer before any parsing. */
  private readonly blockedRoutes = new BlockedClients();

  constructor(private readonly sql: SqlService) {}

  async hit(name: RateLimitName, clientKey: string): Promise<RateLimitHit> {
    const known = this.blocked.secondsLeft(`${name} ${clientKey}`);
    if (known !== undefined) return { name, clientKey, allowed: false, retryAfter: known };
    const { limit, windowSeconds } = RATE_LIMITS[name];
    const [row] = await this.sql.prepared<HitRow>('rate-limit-hit', HIT, [
      name,
      clientKey,
      windowSeconds,
    ]);
    const hit = {
      name,
      clientKey,
      allowed: (row?.hits ?? 0) <= limit,
      retryAfter: row?.retry_after ?? windowSeconds,
    };
    if (!hit.allowed) this.blocked.block(`${name} ${clientKey}`, hit.retryAfter);
    return hit;
  }

  /**
   * Remembers that the address is blocked on this route (`request.routeOptions.url`), so that
   * its next requests there are answered 429 as they arrive, before their body is read and
   * without any of the request pipeline: a flood of them costs next to nothing.
   */
  rememberRouteBlock(route: string, clientKey: string, seconds: number): void {
    this.blockedRoutes.block(`${route} ${clientKey}`, seconds);
  }

  /** Seconds the address is still known to be blocked on this route, if it is. */
  routeBlockedFor(route: string, clientKey: string): number | undefined {
    return this.blockedRoutes.secondsLeft(`${route} ${clientKey}`);
  }

  /**
   * Takes back a counted request that turned out not to count, e.g. a login that succeeded
   * against the failed-login ceiling. A window that ended in between is left alone.
   */
  async refund(hit: RateLimitHit): Promise<void> {
    await this.sql.prepared('rate-limit-refund', REFUND, [hit.name, hit.clientKey]);
  }

  /** Deletes the counters of ended windows; cheap (indexed) and safe to run on every instance. */
  async purgeExpired(): Promise<void> {
    await this.sql.rows(PURGE_EXPIRED, []);
  }
}
