import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ProblemSchema } from './problem.schema';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (problem JSON with the failing fields)',
  401: 'No valid access token',
  403: 'The caller is a member but lacks the role',
  404: 'Not found, or the caller is not a member of the initiative',
  409: 'Conflict: a stale version, a duplicate, or a rule of the domain',
  410: 'Gone: expired or revoked',
  413: 'The request body is too large',
  429: 'Too many attempts; see Retry-After',
  503: 'The database does not answer',
};

/** Documents the problem-JSON answers of a route. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemSchema' } },
        },
      }),
    ),
  );
}

/** The problems every route under /initiatives/:initiativeId can answer. */
export const ApiInitiativeProblems = (...extra: number[]) => ApiProblems(400, 401, 404, ...extra);

export { ProblemSchema };
