import { FormControl } from '@angular/forms';
import { decimalValidator, formatDecimal, parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it('reads either decimal mark, whatever the language', () => {
    expect(parseDecimal('71,5', 'de')).toBe(71.5);
    expect(parseDecimal('71.5', 'de')).toBe(71.5);
    expect(parseDecimal(' -3,25 ', 'en')).toBe(-3.25);
    expect(parseDecimal(' -3 ', 'de')).toBe(-3);
  });

  it('reads thousands separators the way the language writes them', () => {
    expect(parseDecimal('1.234,5', 'de')).toBe(1234.5);
    expect(parseDecimal('12.000', 'de')).toBe(12000);
    expect(parseDecimal('1,234.5', 'en')).toBe(1234.5);
  });

  it('tells an empty text (null) from one that is no number (NaN)', () => {
    expect(parseDecimal('', 'de')).toBeNull();
    expect(parseDecimal('  ', 'de')).toBeNull();
    expect(parseDecimal('zwölf', 'de')).toBeNaN();
    expect(parseDecimal('1,2,3', 'de')).toBeNaN();
  });

  it('refuses more than six decimals, the API’s limit', () => {
    expect(parseDecimal('0,123456', 'de')).toBe(0.123456);
    expect(parseDecimal('0,1234567', 'de')).toBeNaN();
  });
});

describe('formatDecimal', () => {
  it('writes a number back with the language’s decimal mark and no grouping', () => {
    expect(formatDecimal(1234.5, 'de')).toBe('1234,5');
    expect(formatDecimal(1234.5, 'en')).toBe('1234.5');
    expect(formatDecimal(null, 'de')).toBe('');
  });
});

describe('decimalValidator', () => {
  const validate = decimalValidator(() => 'de', 1_000_000);
  const check = (text: string) => validate(new FormControl(text, { nonNullable: true }));

  it('accepts nothing and numbers as people type them', () => {
    expect(check('')).toBeNull();
    expect(check('12,5')).toBeNull();
    expect(check('1.000.000')).toBeNull();
  });

  it('refuses what is no number', () => {
    expect(check('abc')).toEqual({ decimal: true });
    expect(check('12 Plätze')).toEqual({ decimal: true });
  });

  it('refuses numbers beyond the limit, either sign', () => {
    expect(check('1000001')).toEqual({ range: true });
    expect(check('-1000001')).toEqual({ range: true });
  });

  it('reads the language on every check', () => {
    let lang: 'de' | 'en' = 'de';
    const byLang = decimalValidator(() => lang, 10_000);
    const control = new FormControl('1,234.5', { nonNullable: true });
    expect(byLang(control)).toEqual({ decimal: true });
    lang = 'en';
    expect(byLang(control)).toBeNull();
  });
});
