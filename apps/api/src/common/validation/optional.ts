import { ValidateIf } from 'class-validator';

/**
 * Skips validation only when the field is absent. Unlike @IsOptional(), an explicit `null`
 * is still validated (and rejected) for fields that cannot be null.
 */
export const IsOptionalButNotNull = () =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
