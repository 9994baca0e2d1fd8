import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../swagger/api-problems.decorator';
import { RateLimitService } from './rate-limit.service';
import { type RateLimitName, tooManyRequests } from './rate-limits';

const RATE_LIMIT_KEY = 'rateLimit';

/** Answers 429 with Retry-After once the client address is over one of the route's limits. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly rateLimits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const names = this.reflector.get<RateLimitName[] | undefined>(
      RATE_LIMIT_KEY,
      context.getHandler(),
    );
    if (!names) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    for (const name of names) {
      const hit = await this.rateLimits.hit(name, request.ip);
      if (!hit.allowed)
        throw tooManyRequests(hit.retryAfter, 'Too many requests from your address.');
    }
    return true;
  }
}

/**
 * Limits a route per client address by policies of RATE_LIMITS (e.g. a burst and an hourly one). Only the routes that carry it
 * pay the extra database round trip; it runs after authentication and the role check, so only
 * requests that would otherwise be served are counted.
 */
export const RateLimit = (...names: RateLimitName[]) =>
  applyDecorators(SetMetadata(RATE_LIMIT_KEY, names), UseGuards(RateLimitGuard), ApiProblems(429));
