/**
 * One atomic upsert counts the request and answers the count, so parallel requests cannot slip
 * past the limit; a window that has ended starts afresh in the same statement.
 */
export const HIT = `
  INSERT INTO rate_limit_counters AS c (bucket, client_key, hits, resets_at)
  VALUES ($1, $2, 1, now() + make_interval(secs => $3))
  ON CONFLICT (bucket, client_key) DO UPDATE SET
    hits = CASE WHEN c.resets_at <= now() THEN 1 ELSE c.hits + 1 END,
    resets_at = CASE WHEN c.resets_at <= now() THEN excluded.resets_at ELSE c.resets_at END
  RETURNING hits, ceil(extract(epoch FROM c.resets_at - now()))::int AS retry_after`;

/** The count and the seconds left of a client's window, as `HIT` answers them. */
export interface HitRow {
  hits: number;
  retry_after: number;
}

/** Takes one request back, unless its window ended in between. */
export const REFUND = `
  UPDATE rate_limit_counters SET hits = hits - 1
   WHERE bucket = $1 AND client_key = $2 AND resets_at > now() AND hits > 0`;

export const PURGE_EXPIRED = `DELETE FROM rate_limit_counters WHERE resets_at <= now()`;
