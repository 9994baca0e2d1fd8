/** The attempts of the pair after this one is counted; a forgotten history starts again at 1. */
const ATTEMPTS = `CASE WHEN a.last_attempt_at < now() - make_interval(secs => $6)
  THEN 1 ELSE a.attempts + 1 END`;

/** The wait before the next attempt after `n` unsettled attempts: none, then 1, 2, 4 … minutes. */
const delayAfter = (n: string) => `make_interval(secs => CASE WHEN ${n} < $3 THEN 0
  ELSE least($4 * power(2, ${n} - $3), $5) END)`;

/**
 * Counts the attempt before the password is checked, in one statement that serialises parallel
 * attempts of the pair on its row: once the pair must wait, no row comes back and the password
 * is not checked at all. The counted attempt stays a failure until a success settles the pair.
 * $1 and $2 are the pair, $3 to $6 the free failures, first delay, longest delay and memory of
 * `LOGIN_THROTTLE`.
 */
export const COUNT_ATTEMPT = `
  INSERT INTO login_attempts AS a (email, ip, attempts, next_attempt_at, last_attempt_at)
  VALUES ($1, $2, 1, now() + ${delayAfter('1')}, now())
  ON CONFLICT (email, ip) DO UPDATE SET
    attempts = ${ATTEMPTS},
    next_attempt_at = now() + ${delayAfter(ATTEMPTS)},
    last_attempt_at = now()
  WHERE a.next_attempt_at <= now()
  RETURNING attempts`;

export const CLEAR_ATTEMPTS = `DELETE FROM login_attempts WHERE email = $1 AND ip = $2`;

/** Pairs whose history has aged out ($1 seconds) and that no longer wait. */
export const PURGE_AGED_ATTEMPTS = `
  DELETE FROM login_attempts
   WHERE last_attempt_at < now() - make_interval(secs => $1) AND next_attempt_at <= now()`;

export const SECONDS_TO_WAIT = `
  SELECT ceil(extract(epoch FROM next_attempt_at - now()))::int AS seconds
    FROM login_attempts WHERE email = $1 AND ip = $2`;

/** A refresh token as presented again, to tell a stale token from a leaked one. */
export interface RefreshTokenRow {
  family_id: string;
  used_at: Date | null;
  revoked_at: Date | null;
}

export const REFRESH_TOKEN_BY_HASH = `
  SELECT family_id, used_at, revoked_at FROM refresh_tokens WHERE token_hash = $1`;
