import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';
import { LoginFailureEntity } from './entities/login-failure.entity';

export const LOGIN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 20,
} as const;

/**
 * Throttles repeated failed logins per e-mail and per client IP. The failures live in
 * PostgreSQL, so every API instance behind a load balancer sees the same count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginFailureEntity) private readonly failures: Repository<LoginFailureEntity>,
  ) {}

  /** Throws 429 with Retry-After while the e-mail or the IP has too many recent failures. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const rows: { blocked_until: Date | null }[] = await this.failures.query(
      `SELECT greatest(
         (SELECT failed_at FROM login_failures
           WHERE email = $1 AND failed_at > now() - make_interval(secs => $3)
           ORDER BY failed_at DESC OFFSET $4 - 1 LIMIT 1),
         (SELECT failed_at FROM login_failures
           WHERE ip = $2 AND failed_at > now() - make_interval(secs => $3)
           ORDER BY failed_at DESC OFFSET $5 - 1 LIMIT 1)
       ) + make_interval(secs => $3) AS blocked_until`,
      [
        email,
        ip,
        LOGIN_THROTTLE.windowSeconds,
        LOGIN_THROTTLE.maxFailuresPerEmail,
        LOGIN_THROTTLE.maxFailuresPerIp,
      ],
    );
    const blockedUntil = rows[0]?.blocked_until;
    if (!blockedUntil) return;
    const retryAfter = Math.max(
      1,
      Math.ceil((new Date(blockedUntil).getTime() - Date.now()) / 1000),
    );
    throw new ProblemException(
      429,
      `Too many failed logins. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      { type: PROBLEM_TYPES.tooManyAttempts, headers: { 'Retry-After': String(retryAfter) } },
    );
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.failures.insert({ email, ip });
  }

  /** A successful login forgives the e-mail's failures; the IP's stay until they age out. */
  async clearEmail(email: string): Promise<void> {
    await this.failures.delete({ email });
  }

  async purgeExpired(): Promise<void> {
    await this.failures.query(
      `DELETE FROM login_failures WHERE failed_at < now() - make_interval(secs => $1)`,
      [LOGIN_THROTTLE.windowSeconds],
    );
  }
}
