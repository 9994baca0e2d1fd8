import { FormControl } from '@angular/forms';
import { casesValidator, numberText, parseNumber, valueValidator } from './number-input';

describe('parseNumber', () => {
  it('reads the decimal comma and the decimal point, with German grouping', () => {
    expect(parseNumber('71,5', 'de')).toBe(71.5);
    expect(parseNumber('71.5', 'de')).toBe(71.5);
    expect(parseNumber('1.234,5', 'de')).toBe(1234.5);
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber(' -3 ', 'de')).toBe(-3);
  });

  it('tells an empty text from one that is no number', () => {
    expect(parseNumber('', 'de')).toBeNull();
    expect(parseNumber('zwölf', 'de')).toBeNaN();
    expect(parseNumber('1,1234567', 'de')).toBeNaN();
  });
});

describe('numberText', () => {
  it('writes the number back with the language’s mark and no grouping', () => {
    expect(numberText(1234.5, 'de')).toBe('1234,5');
    expect(numberText(1234.5, 'en')).toBe('1234.5');
    expect(numberText(null, 'de')).toBe('');
  });
});

describe('validators', () => {
  it('refuses values that are no number or too large', () => {
    const validate = valueValidator(() => 'de');
    expect(validate(new FormControl('12,5', { nonNullable: true }))).toBeNull();
    expect(validate(new FormControl('12 Plätze', { nonNullable: true }))).toEqual({ number: true });
    expect(validate(new FormControl('2000000000000', { nonNullable: true }))).toEqual({
      range: true,
    });
  });

  it('accepts empty or whole, non-negative cases only', () => {
    expect(casesValidator(new FormControl('', { nonNullable: true }))).toBeNull();
    expect(casesValidator(new FormControl('640', { nonNullable: true }))).toBeNull();
    expect(casesValidator(new FormControl('-1', { nonNullable: true }))).toEqual({ cases: true });
    expect(casesValidator(new FormControl('2,5', { nonNullable: true }))).toEqual({ cases: true });
  });
});
