import { FormControl } from '@angular/forms';
import { decimalValidator, formatDecimal, parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it('reads either decimal mark, whatever the language', () => {
    expect(parseDecimal('71,5', 'de')).toBe(71.5);
    expect(parseDecimal('71.5', 'de')).toBe(71.5);
    expect(parseDecimal(' -3,25 ', 'en')).toBe(-3.25);
  });

  it('reads thousands separators the way the language writes them', () => {
    expect(parseDecimal('1.234,5', 'de')).toBe(1234.5);
    expect(parseDecimal('12.000', 'de')).toBe(12000);
    expect(parseDecimal('1,234.5', 'en')).toBe(1234.5);
  });

  it('is null for nothing and NaN for what is no number', () => {
    expect(parseDecimal('  ', 'de')).toBeNull();
    expect(parseDecimal('zwölf', 'de')).toBeNaN();
    expect(parseDecimal('1,2,3', 'de')).toBeNaN();
    expect(parseDecimal('0,1234567', 'de')).toBeNaN();
  });

  it('writes a number back with the language’s decimal mark and no grouping', () => {
    expect(formatDecimal(1234.5, 'de')).toBe('1234,5');
    expect(formatDecimal(1234.5, 'en')).toBe('1234.5');
    expect(formatDecimal(null, 'de')).toBe('');
  });

  it('refuses no number and numbers beyond the API’s limit', () => {
    const validate = decimalValidator(() => 'de');
    expect(validate(new FormControl('abc', { nonNullable: true }))).toEqual({ decimal: true });
    expect(validate(new FormControl('2000000000000', { nonNullable: true }))).toEqual({
      range: true,
    });
    expect(validate(new FormControl('', { nonNullable: true }))).toBeNull();
  });
});
