import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { MEASUREMENT_LIMITS } from '@gw/shared/contracts';

/** Cases: empty, or a whole number from 0 to the API's limit. */
export function casesValidator(control: AbstractControl<string>): ValidationErrors | null {
  const text = (control.value ?? '').trim();
  if (text === '') return null;
  return /^\d+$/.test(text) && Number(text) <= MEASUREMENT_LIMITS.cases ? null : { cases: true };
}

export function parseCases(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}
