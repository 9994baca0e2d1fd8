import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { toProblem } from '../problem/problem-details.filter';
import { ApiProblems } from '../swagger/api-problems.decorator';
import { RateLimitService } from './rate-limit.service';
import { type RateLimitName, tooManyRequests } from './rate-limits';

const RATE_LIMIT_KEY = 'rateLimit';
const TOO_MANY_REQUESTS = 'Too many requests from your address.';

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
      if (!hit.allowed) {
        this.rateLimits.rememberRouteBlock(
          request.routeOptions.url ?? '',
          request.ip,
          hit.retryAfter,
        );
        throw tooManyRequests(hit.retryAfter, TOO_MANY_REQUESTS);
      }
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

/** How long a known-blocked request waits for its 429, and how many may wait at once. */
const TARPIT = { delayMs: 1_000, maxWaiting: 1_000 } as const;

/**
 * Answers 429 as a request arrives when this instance already knows its address to be blocked on
 * its route (see RateLimitService.rememberRouteBlock): before the body is parsed, before
 * authentication, before Nest. The answer comes after a second: a client that ignores
 * Retry-After and sends again as soon as it is answered then sends once a second per connection,
 * instead of as fast as a cheap 429 allows. At most TARPIT.maxWaiting answers wait; beyond that
 * they go at once, so a flood of connections cannot pile up sockets.
 */
export function answerKnownBlocks(fastify: FastifyInstance, rateLimits: RateLimitService): void {
  let waiting = 0;
  fastify.addHook('onRequest', async (request, reply) => {
    const seconds = rateLimits.routeBlockedFor(request.routeOptions.url ?? '', request.ip);
    if (seconds === undefined) return;
    if (waiting < TARPIT.maxWaiting) {
      waiting += 1;
      await sleep(TARPIT.delayMs).finally(() => (waiting -= 1));
    }
    const { problem, headers } = toProblem(tooManyRequests(seconds, TOO_MANY_REQUESTS));
    return reply.status(429).headers(headers).type('application/problem+json').send(problem);
  });
}
