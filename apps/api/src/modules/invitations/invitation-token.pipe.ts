import { Injectable, type PipeTransform } from '@nestjs/common';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

/** Rejects anything that cannot be an invitation token before it reaches the database. */
@Injectable()
export class InvitationTokenPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TOKEN_PATTERN.test(value)) {
      throw new ProblemException(400, 'This is not a valid invitation link.', {
        type: PROBLEM_TYPES.validation,
        errors: [{ field: 'token', message: 'token has the wrong format' }],
      });
    }
    return value;
  }
}
