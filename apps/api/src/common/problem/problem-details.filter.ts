import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import { Catch, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import type { ProblemDetails } from '@gw/shared/contracts';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { isConnectionError } from '../../database/connection-errors';
import { ProblemException, titleForStatus, typeForStatus } from './problem.exception';

interface PgError {
  code?: string;
}

/** PostgreSQL errors that only bad input can cause; they answer 400/409, never 500. */
const CLIENT_PG_ERRORS: Record<string, { status: number; detail: string }> = {
  '22P02': { status: 400, detail: 'A value has the wrong format.' },
  '22001': { status: 400, detail: 'A value is too long.' },
  '22003': { status: 400, detail: 'A number is out of range.' },
  '22007': { status: 400, detail: 'A date or time has the wrong format.' },
  '22008': { status: 400, detail: 'A date or time is out of range.' },
  '23505': { status: 409, detail: 'This entry already exists.' },
  '23503': { status: 409, detail: 'This entry refers to something that does not exist.' },
  '40001': { status: 409, detail: 'A concurrent change interfered. Please try again.' },
  '40P01': { status: 409, detail: 'A concurrent change interfered. Please try again.' },
};

/** Seconds a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Writes every error as RFC 9457 problem JSON; never a stack trace, never internal details. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { problem, headers } = toProblem(exception);

    // An outage fails every request alike: one short line each, not a stack trace each.
    if (problem.type === PROBLEM_TYPES.unavailable) {
      request.log.warn({ err: describeError(exception, false) }, 'database unavailable');
    } else if (problem.status >= 500) {
      request.log.error({ err: describeError(exception) }, 'request failed');
    }
    for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
    void reply.status(problem.status).type('application/problem+json').send(problem);
  }
}

export function toProblem(exception: unknown): {
  problem: ProblemDetails;
  headers: Record<string, string>;
} {
  if (exception instanceof ProblemException) {
    const status = exception.getStatus();
    return {
      problem: {
        type: exception.problemType,
        title: titleForStatus(status),
        status,
        detail: exception.message,
        ...(exception.errors ? { errors: exception.errors } : {}),
        ...(exception.errorCount !== undefined ? { errorCount: exception.errorCount } : {}),
      },
      headers: exception.headers,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return {
      problem: {
        type: typeForStatus(status),
        title: titleForStatus(status),
        status,
        detail: status >= 500 ? 'An unexpected error occurred.' : httpExceptionDetail(exception),
      },
      headers: {},
    };
  }
  if (isConnectionError(exception)) {
    return {
      problem: {
        type: PROBLEM_TYPES.unavailable,
        title: titleForStatus(503),
        status: 503,
        detail: 'The database cannot be reached at the moment. Please try again shortly.',
      },
      headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  if (exception instanceof QueryFailedError) {
    const known = CLIENT_PG_ERRORS[(exception.driverError as PgError | undefined)?.code ?? ''];
    if (known) {
      return {
        problem: {
          type: typeForStatus(known.status),
          title: titleForStatus(known.status),
          status: known.status,
          detail: known.detail,
        },
        headers: {},
      };
    }
  }
  return {
    problem: {
      type: PROBLEM_TYPES.internal,
      title: titleForStatus(500),
      status: 500,
      detail: 'An unexpected error occurred. It has been logged.',
    },
    headers: {},
  };
}

function httpExceptionDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

/**
 * Only the error's name, message, code and stack go to the log: TypeORM errors carry the
 * query's parameters, which can hold password hashes or tokens.
 */
function describeError(exception: unknown, withStack = true): Record<string, unknown> {
  if (exception instanceof Error) {
    return {
      type: exception.name,
      message: exception.message,
      code: (exception as PgError).code,
      ...(withStack ? { stack: exception.stack } : {}),
    };
  }
  return { type: typeof exception };
}
