import { Injectable } from '@nestjs/common';
import { SqlService } from '../database/sql.service';
import { BlockedClients } from './blocked-clients';
import { RATE_LIMITS, type RateLimitName } from './rate-limits';

export interface RateLimitHit {
  name: RateLimitName;
  clientKey: string;
  allowed: boolean;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/**
 * One atomic upsert counts the request and answers the count, so parallel requests cannot slip
 * past the limit; a window that has ended starts afresh in the same statement.
 */
const HIT = `
  INSERT INTO rate_limit_counters AS c (bucket, client_key, hits, resets_at)
  VALUES ($1, $2, 1, now() + make_interval(secs => $3))
  ON CONFLICT (bucket, client_key) DO UPDATE SET
    hits = CASE WHEN c.resets_at <= now() THEN 1 ELSE c.hits + 1 END,
    resets_at = CASE WHEN c.resets_at <= now() THEN excluded.resets_at ELSE c.resets_at END
  RETURNING hits, ceil(extract(epoch FROM c.resets_at - now()))::int AS retry_after`;

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
    const [row] = await this.sql.prepared<{ hits: number; retry_after: number }>(
      'rate-limit-hit',
      HIT,
      [name, clientKey, windowSeconds],
    );
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
    await this.sql.prepared(
      'rate-limit-refund',
      `UPDATE rate_limit_counters SET hits = hits - 1
        WHERE bucket = $1 AND client_key = $2 AND resets_at > now() AND hits > 0`,
      [hit.name, hit.clientKey],
    );
  }

  /** Deletes the counters of ended windows; cheap (indexed) and safe to run on every instance. */
  async purgeExpired(): Promise<void> {
    await this.sql.rows(`DELETE FROM rate_limit_counters WHERE resets_at <= now()`, []);
  }
}
