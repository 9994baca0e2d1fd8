import { Param, ParseUUIDPipe } from '@nestjs/common';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ProblemException(400, `The ${name} is not a UUID.`, {
          type: PROBLEM_TYPES.validation,
          errors: [{ field: name, message: `${name} must be a UUID` }],
        }),
    }),
  );
