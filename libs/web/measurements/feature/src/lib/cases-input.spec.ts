import { FormControl } from '@angular/forms';
import { casesValidator } from './cases-input';

describe('casesValidator', () => {
  it('accepts empty or whole, non-negative cases only', () => {
    expect(casesValidator(new FormControl('', { nonNullable: true }))).toBeNull();
    expect(casesValidator(new FormControl('640', { nonNullable: true }))).toBeNull();
    expect(casesValidator(new FormControl('-1', { nonNullable: true }))).toEqual({ cases: true });
    expect(casesValidator(new FormControl('2,5', { nonNullable: true }))).toEqual({ cases: true });
  });
});
