import { Param, type PipeTransform } from '@nestjs/common';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';

class PositiveIntPipe implements PipeTransform<string, number> {
  constructor(private readonly name: string) {}

  transform(value: string): number {
    const number = /^[1-9]\d{0,8}$/.test(value) ? Number(value) : NaN;
    if (Number.isNaN(number)) {
      throw new ProblemException(400, `The ${this.name} is not a positive whole number.`, {
        type: PROBLEM_TYPES.validation,
        errors: [{ field: this.name, message: `${this.name} must be a positive integer` }],
      });
    }
    return number;
  }
}

/** A path parameter that must be a positive integer, such as a version number. */
export const PositiveIntParam = (name: string) => Param(name, new PositiveIntPipe(name));
