import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import type { TranslationKey, TranslationParams } from './dictionaries/dictionaries';
import { I18nService } from './i18n.service';

/** The value of a control's `server` error: a message the API sent, already mapped to a key. */
export interface ServerFieldError {
  key: TranslationKey;
  params?: TranslationParams;
}

/**
 * `<mat-error>{{ form.controls.email.errors | gwFieldError }}</mat-error>`: the first error of a
 * control as a sentence in the current language. Knows Angular's validators and the custom ones
 * of `@gw/web/shared/ui` (`maxItems`, `itemMaxLength`, `duplicate`) and `server`.
 */
@Pipe({ name: 'gwFieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(errors: ValidationErrors | null | undefined): string {
    if (!errors) return '';
    const [name, value] = Object.entries(errors)[0] ?? [];
    if (!name) return '';
    const { key, params } = describe(name, value);
    return this.i18n.t(key, params);
  }
}

function describe(name: string, value: unknown): ServerFieldError {
  const detail = (value ?? {}) as Record<string, number>;
  switch (name) {
    case 'required':
      return { key: 'validation.required' };
    case 'email':
      return { key: 'validation.email' };
    case 'minlength':
      return { key: 'validation.minlength', params: { min: detail['requiredLength'] } };
    case 'maxlength':
      return { key: 'validation.maxlength', params: { max: detail['requiredLength'] } };
    case 'maxItems':
      return { key: 'validation.maxItems', params: { max: detail['max'] } };
    case 'itemMaxLength':
      return { key: 'validation.itemMaxLength', params: { max: detail['max'] } };
    case 'duplicate':
      return { key: 'validation.duplicate' };
    case 'server':
      return value as ServerFieldError;
    default:
      return { key: 'validation.invalid' };
  }
}
