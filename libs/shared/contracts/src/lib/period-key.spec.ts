import { periodKeyParts, recentPeriodKeys } from './period-key';

describe('recentPeriodKeys', () => {
  it('starts at the period containing the day and steps back across years, newest first', () => {
    expect(recentPeriodKeys('quarterly', '2026-02-10', 3)).toEqual([
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
    ]);
    expect(recentPeriodKeys('monthly', '2026-01-31', 2)).toEqual(['2026-01', '2025-12']);
    expect(recentPeriodKeys('half_yearly', '2026-07-01', 3)).toEqual([
      '2026-H2',
      '2026-H1',
      '2025-H2',
    ]);
    expect(recentPeriodKeys('yearly', '2026-12-31', 2)).toEqual(['2026', '2025']);
  });

  it('offers about two years of each frequency, every key readable as a period', () => {
    const keys = recentPeriodKeys('monthly', '2026-12-07');
    expect(keys).toHaveLength(24);
    expect(keys.at(-1)).toBe('2025-01');
    expect(keys.every((key) => periodKeyParts(key) !== null)).toBe(true);
  });
});
