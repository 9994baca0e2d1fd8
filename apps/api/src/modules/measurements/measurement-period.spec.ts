import { readPeriod } from './measurement-period';

describe('readPeriod', () => {
  it.each([
    ['monthly', '2026-11', { key: '2026-11', start: '2026-11-01', end: '2026-11-30' }],
    ['quarterly', '2026-Q4', { key: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
    ['quarterly', ' 2026-q1 ', { key: '2026-Q1', start: '2026-01-01', end: '2026-03-31' }],
    ['half_yearly', '2026-h2', { key: '2026-H2', start: '2026-07-01', end: '2026-12-31' }],
    ['yearly', '2026', { key: '2026', start: '2026-01-01', end: '2026-12-31' }],
  ] as const)('reads a %s period %j', (frequency, key, period) => {
    expect(readPeriod(frequency, key)).toEqual({ period });
  });

  it.each([
    ['monthly', '2026-Q4'],
    ['monthly', '2026-13'],
    ['monthly', '2026-1'],
    ['quarterly', '2026-11'],
    ['quarterly', '2026-Q5'],
    ['half_yearly', '2026-Q2'],
    ['half_yearly', '2026-H3'],
    ['yearly', '2026-H1'],
    ['yearly', '26'],
    ['yearly', '0050'],
    ['yearly', '3000'],
    ['quarterly', ''],
  ] as const)('refuses a %s period %j, naming the format', (frequency, key) => {
    const result = readPeriod(frequency, key);
    expect(result).toEqual({ message: expect.stringContaining('write it as') });
  });

  it('names the expected format and an example in its message', () => {
    expect(readPeriod('half_yearly', '2026-Q3')).toEqual({
      message:
        '"2026-Q3" is not a period of this half-yearly indicator: write it as YYYY-Hn, e.g. 2026-H2 (years 1900–2999).',
    });
  });
});
