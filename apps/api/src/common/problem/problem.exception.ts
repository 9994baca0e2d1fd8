import { HttpException } from '@nestjs/common';
import type { FieldError, ProblemType } from '@gw/shared/contracts';
import { PROBLEM_TYPES } from '@gw/shared/contracts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const DEFAULT_TYPES: Record<number, ProblemType> = {
  400: PROBLEM_TYPES.badRequest,
  401: PROBLEM_TYPES.unauthorized,
  403: PROBLEM_TYPES.forbidden,
  404: PROBLEM_TYPES.notFound,
  409: PROBLEM_TYPES.conflict,
  413: PROBLEM_TYPES.payloadTooLarge,
  415: PROBLEM_TYPES.unsupportedMediaType,
  429: PROBLEM_TYPES.tooManyAttempts,
  500: PROBLEM_TYPES.internal,
  503: PROBLEM_TYPES.unavailable,
};

export function titleForStatus(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

export function typeForStatus(status: number): string {
  return DEFAULT_TYPES[status] ?? 'about:blank';
}

export interface ProblemOptions {
  type?: ProblemType;
  errors?: FieldError[];
  /** All errors found when `errors` lists only the first ones (an uploaded table). */
  errorCount?: number;
  /** Extra response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
}

/**
 * The one exception services throw for a client error they want to explain: it carries the
 * problem type clients can rely on and, for validation, the failing fields.
 */
export class ProblemException extends HttpException {
  readonly problemType: string;
  readonly errors?: FieldError[];
  readonly errorCount?: number;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, options: ProblemOptions = {}) {
    super(detail, status);
    this.problemType = options.type ?? typeForStatus(status);
    this.errors = options.errors;
    this.errorCount = options.errorCount;
    this.headers = options.headers ?? {};
  }
}

export const notFound = (what: string) =>
  new ProblemException(404, `${what} was not found.`, { type: PROBLEM_TYPES.notFound });

export const staleVersion = (what: string) =>
  new ProblemException(
    409,
    `The ${what} was changed by someone else since you loaded it. Reload it and apply your change again.`,
    { type: PROBLEM_TYPES.staleVersion },
  );
