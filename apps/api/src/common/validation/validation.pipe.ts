import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@gw/shared/contracts';
import { invalidFields } from './field-problem';
import { findUnsafeText } from './unsafe-text';

/** Flattens class-validator's nested errors into dotted field paths (`region.districts.0`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Refuses U+0000 and lone surrogates in every string a client sends (body, query, path
 * parameters) before any DTO sees them. PostgreSQL refuses U+0000 in text, and a lone surrogate
 * is no Unicode text at all (encodeURIComponent throws on it); both used to end in a 500 deep in
 * a service. Checked once here, so that every DTO, present and future, is covered.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const error = findUnsafeText(value, metadata.data ?? '', metadata.type);
      if (error) throw invalidFields([error]);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => invalidFields(flattenValidationErrors(errors)),
  });
}
