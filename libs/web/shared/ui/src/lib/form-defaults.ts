import type { Provider } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';

/**
 * Outlined form fields everywhere. Provided by the routes that have forms rather than the app,
 * so the shell's initial bundle carries no form-field code.
 */
export function provideFormFieldDefaults(): Provider[] {
  return [{ provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline' } }];
}
