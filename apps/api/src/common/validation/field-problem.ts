import type { FieldError } from '@gw/shared/contracts';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';

/**
 * A 400 validation problem for rules the DTO cannot check alone (a member of another
 * initiative, an id that does not belong here), shaped like the ValidationPipe's answers.
 */
export function invalidFields(errors: FieldError[]): ProblemException {
  return new ProblemException(
    400,
    `The request has ${errors.length === 1 ? 'an invalid field' : `${errors.length} invalid fields`}.`,
    { type: PROBLEM_TYPES.validation, errors },
  );
}

export const invalidField = (field: string, message: string, code?: string) =>
  invalidFields([{ field, message, ...(code ? { code } : {}) }]);
