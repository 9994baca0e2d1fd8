import { periodName, reportPeriod } from './report-period';

describe('reportPeriod', () => {
  it('takes the quarter, half-year or year that contains the date', () => {
    expect(reportPeriod('quarter', '2026-08-15')).toEqual({
      start: '2026-07-01',
      end: '2026-09-30',
      label: '3. Quartal 2026',
    });
    expect(reportPeriod('half_year', '2026-08-15')).toEqual({
      start: '2026-07-01',
      end: '2026-12-31',
      label: '2. Halbjahr 2026',
    });
    expect(reportPeriod('year', '2026-08-15')).toEqual({
      start: '2026-01-01',
      end: '2026-12-31',
      label: '2026',
    });
  });

  it('keeps a custom range as given', () => {
    expect(reportPeriod('custom', '2026-03-01', '2026-08-31')).toEqual({
      start: '2026-03-01',
      end: '2026-08-31',
      label: '01.03.2026 – 31.08.2026',
    });
  });
});

describe('periodName', () => {
  it('says a period key in German words, as the web does', () => {
    expect(periodName('2026-Q2')).toBe('2. Quartal 2026');
    expect(periodName('2025-H2')).toBe('2. Halbjahr 2025');
    expect(periodName('2026-11')).toBe('November 2026');
    expect(periodName('2026')).toBe('2026');
    expect(periodName('irgendwas')).toBe('irgendwas');
  });
});
