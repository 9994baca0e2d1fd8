import { parseCount, parseDecimal } from './numbers';

describe('parseDecimal', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-3,25', -3.25],
    ['+7', 7],
    ['0', 0],
    ['-0', 0],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['  71,5 ', 71.5],
    ['1.5', 1.5],
    ['1.234', 1.234],
    ['.5', 0.5],
    ['1e-7', 0],
    ['2.5E3', 2500],
    ['0.30000000000000004', 0.3],
    ['33,3333339', 33.333334],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    '',
    ' ',
    'abc',
    '12,5 %',
    '1,2,3',
    '1.2,3.4',
    '12,',
    '1.23.45',
    'NaN',
    'Infinity',
    '1e999',
    '--1',
    '12 Personen',
  ])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('parseCount', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['1.234', 1234],
    ['1 234', 1234],
    ['12,0', 12],
    ['12.0', 12],
  ])('reads %j as %d', (text, value) => {
    expect(parseCount(text)).toBe(value);
  });

  it.each(['', '-1', '12,5', '1.5', 'zwölf', '1e3', '1.23'])('refuses %j', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});
