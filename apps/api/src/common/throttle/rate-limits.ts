import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';

export interface RateLimitPolicy {
  /** Requests a client may make per window; the next one answers 429. */
  limit: number;
  windowSeconds: number;
}

/**
 * The named rate limits, each counted per client address in a fixed window shared by every API
 * instance. The limits are generous enough for a municipal office where all staff share one
 * public address.
 */
export const RATE_LIMITS = {
  /** Bounds the password hashing one address can cause; failures have their own ceiling. */
  login: { limit: 300, windowSeconds: 15 * 60 },
  /** Failed logins of one address across all accounts (settled as successes are refunded). */
  loginFailures: { limit: 100, windowSeconds: 15 * 60 },
  register: { limit: 20, windowSeconds: 60 * 60 },
  /**
   * Each registration costs a password hash (~120 ms of a core): a burst limit keeps a flood from
   * taking that CPU from everybody else, while colleagues registering one after another pass.
   */
  registerBurst: { limit: 10, windowSeconds: 60 },
  publicReport: { limit: 60, windowSeconds: 60 },
  publicReportPdf: { limit: 30, windowSeconds: 60 },
  tableImport: { limit: 20, windowSeconds: 10 * 60 },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/**
 * The 429 answer: Retry-After in seconds for programs, the wait in whole minutes (rounded up)
 * for people, who cannot do much with "576 seconds".
 */
export function tooManyRequests(retryAfterSeconds: number, reason: string): ProblemException {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const minutes = Math.ceil(seconds / 60);
  return new ProblemException(
    429,
    `${reason} Please wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    { type: PROBLEM_TYPES.tooManyAttempts, headers: { 'Retry-After': String(seconds) } },
  );
}
