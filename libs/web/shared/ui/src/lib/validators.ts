import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Like the API's IsEmail: a local part, a domain and a top-level domain of 2+ letters. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;

/** Validators matching the API's rules; their error names are known to `gwFieldError`. */
export const GwValidators = {
  email(control: AbstractControl<unknown>): ValidationErrors | null {
    const value = control.value;
    return typeof value === 'string' && value.trim() !== '' && !EMAIL.test(value.trim())
      ? { email: true }
      : null;
  },
  maxItems(max: number): ValidatorFn {
    return (control: AbstractControl<unknown>): ValidationErrors | null => {
      const value = control.value;
      return Array.isArray(value) && value.length > max
        ? { maxItems: { max, actual: value.length } }
        : null;
    };
  },
  itemMaxLength(max: number): ValidatorFn {
    return (control: AbstractControl<unknown>): ValidationErrors | null => {
      const value = control.value;
      return Array.isArray(value) && value.some((item) => String(item).length > max)
        ? { itemMaxLength: { max } }
        : null;
    };
  },
};
