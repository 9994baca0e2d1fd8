import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@gw/shared/contracts';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';

/** Flattens class-validator's nested errors into dotted field paths (`region.districts.0`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new ProblemException(
        400,
        `The request has ${fieldErrors.length === 1 ? 'an invalid field' : `${fieldErrors.length} invalid fields`}.`,
        { type: PROBLEM_TYPES.validation, errors: fieldErrors },
      );
    },
  });
}
