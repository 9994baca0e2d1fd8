import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { toProblem } from './problem-details.filter';
import { ProblemException } from './problem.exception';

const pgError = (code: string) =>
  new QueryFailedError('SELECT $1', ['secret-parameter'], Object.assign(new Error('pg'), { code }));

describe('toProblem', () => {
  it('keeps the type, detail, field errors and headers of a ProblemException', () => {
    const { problem, headers } = toProblem(
      new ProblemException(429, 'Slow down.', {
        type: PROBLEM_TYPES.tooManyAttempts,
        headers: { 'Retry-After': '60' },
      }),
    );
    expect(problem).toEqual({
      type: PROBLEM_TYPES.tooManyAttempts,
      title: 'Too Many Requests',
      status: 429,
      detail: 'Slow down.',
    });
    expect(headers).toEqual({ 'Retry-After': '60' });
  });

  it("maps Nest's own exceptions by status", () => {
    expect(toProblem(new NotFoundException('Cannot GET /x')).problem).toMatchObject({
      type: PROBLEM_TYPES.notFound,
      status: 404,
      detail: 'Cannot GET /x',
    });
    expect(toProblem(new BadRequestException(['a', 'b'])).problem.detail).toBe('a; b');
  });

  it.each([
    ['22P02', 400],
    ['22001', 400],
    ['23505', 409],
    ['40001', 409],
  ])('answers PostgreSQL error %s, which only bad input causes, with %i', (code, status) => {
    const { problem } = toProblem(pgError(code));
    expect(problem.status).toBe(status);
    expect(JSON.stringify(problem)).not.toContain('secret-parameter');
  });

  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    ['a reset connection', pgError('ECONNRESET')],
    ['an administrator shutdown', pgError('57P01')],
    ['a server still starting', pgError('57P03')],
    ['a connection exception', pgError('08006')],
    ['a terminated connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
  ])('answers %s with 503 and Retry-After, to be retried', (_what, error) => {
    const { problem, headers } = toProblem(error);
    expect(problem).toMatchObject({ type: PROBLEM_TYPES.unavailable, status: 503 });
    expect(headers).toEqual({ 'Retry-After': '5' });
  });

  it('hides everything else behind a generic 500', () => {
    const { problem } = toProblem(pgError('XX000'));
    expect(problem).toEqual({
      type: PROBLEM_TYPES.internal,
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred. It has been logged.',
    });
    expect(toProblem(new TypeError('x is undefined')).problem.detail).not.toContain('undefined');
  });
});
