import { Injectable } from '@nestjs/common';
import { SqlService } from '../../common/database/sql.service';
import { BlockedClients } from '../../common/throttle/blocked-clients';
import { type RateLimitHit, RateLimitService } from '../../common/throttle/rate-limit.service';
import { tooManyRequests } from '../../common/throttle/rate-limits';
import {
  CLEAR_ATTEMPTS,
  COUNT_ATTEMPT,
  PURGE_AGED_ATTEMPTS,
  SECONDS_TO_WAIT,
} from './auth.queries';

export const LOGIN_THROTTLE = {
  /** Failures of one account from one address that cost no wait. */
  freeFailures: 5,
  /** The wait after the last free failure; it doubles with each further one … */
  firstDelaySeconds: 60,
  /** … up to this. */
  maxDelaySeconds: 15 * 60,
  /** A pair's failures are forgotten once its last attempt is this old. */
  memorySeconds: 24 * 60 * 60,
} as const;

const PAIR_WAITS = 'Too many failed logins for this account from your address.';

/** A login attempt that was let through to the password check. */
export interface LoginAttempt {
  email: string;
  ip: string;
  addressFailures: RateLimitHit;
}

/**
 * Throttles failed logins per account and client address together, with a wait that grows with
 * each failure instead of a fixed lock: a stranger's guesses never lock the owner out from their
 * own address, and staff sharing an office address do not block each other. A ceiling of failed
 * logins per address across all accounts stops guessing through many accounts.
 */
@Injectable()
export class LoginThrottleService {
  /** Pairs this instance knows to wait: their next guesses are refused without a query. */
  private readonly waitingPairs = new BlockedClients();

  constructor(
    private readonly sql: SqlService,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Counts the attempt, or throws 429 with Retry-After while the address or the pair must wait. */
  async begin(email: string, ip: string): Promise<LoginAttempt> {
    const pair = `${email} ${ip}`;
    const waiting = this.waitingPairs.secondsLeft(pair);
    if (waiting !== undefined) throw tooManyRequests(waiting, PAIR_WAITS);
    const addressFailures = await this.rateLimits.hit('loginFailures', ip);
    if (!addressFailures.allowed) {
      throw tooManyRequests(
        addressFailures.retryAfter,
        'Too many failed logins from your address.',
      );
    }
    const counted = await this.sql.prepared<{ attempts: number }>('login-attempt', COUNT_ATTEMPT, [
      email,
      ip,
      LOGIN_THROTTLE.freeFailures,
      LOGIN_THROTTLE.firstDelaySeconds,
      LOGIN_THROTTLE.maxDelaySeconds,
      LOGIN_THROTTLE.memorySeconds,
    ]);
    if (counted.length === 0) {
      // Not checked, so not a failure of the address either.
      await this.rateLimits.refund(addressFailures);
      const seconds = await this.secondsToWait(email, ip);
      this.waitingPairs.block(pair, seconds);
      throw tooManyRequests(seconds, PAIR_WAITS);
    }
    return { email, ip, addressFailures };
  }

  /** The password was right: the pair starts afresh and the address is not charged a failure. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await Promise.all([
      this.sql.prepared('login-attempts-clear', CLEAR_ATTEMPTS, [attempt.email, attempt.ip]),
      this.rateLimits.refund(attempt.addressFailures),
    ]);
  }

  /** Forgets pairs whose history has aged out and that no longer wait; idempotent. */
  async purgeExpired(): Promise<void> {
    await this.sql.rows(PURGE_AGED_ATTEMPTS, [LOGIN_THROTTLE.memorySeconds]);
  }

  private async secondsToWait(email: string, ip: string): Promise<number> {
    const [row] = await this.sql.rows<{ seconds: number }>(SECONDS_TO_WAIT, [email, ip]);
    return row?.seconds ?? 1;
  }
}
