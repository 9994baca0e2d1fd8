import {
  addDays,
  calendarDateIn,
  dueDateOf,
  missingPeriods,
  nextPeriod,
  periodByKey,
  periodContaining,
} from './collection-period';

describe('collection periods', () => {
  it.each([
    ['monthly', '2026-11-17', { key: '2026-11', start: '2026-11-01', end: '2026-11-30' }],
    ['monthly', '2028-02-29', { key: '2028-02', start: '2028-02-01', end: '2028-02-29' }],
    ['monthly', '2027-02-01', { key: '2027-02', start: '2027-02-01', end: '2027-02-28' }],
    ['quarterly', '2026-10-01', { key: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }],
    ['quarterly', '2026-03-31', { key: '2026-Q1', start: '2026-01-01', end: '2026-03-31' }],
    ['quarterly', '2026-05-15', { key: '2026-Q2', start: '2026-04-01', end: '2026-06-30' }],
    ['half_yearly', '2026-06-30', { key: '2026-H1', start: '2026-01-01', end: '2026-06-30' }],
    ['half_yearly', '2026-07-01', { key: '2026-H2', start: '2026-07-01', end: '2026-12-31' }],
    ['yearly', '2026-12-31', { key: '2026', start: '2026-01-01', end: '2026-12-31' }],
  ] as const)('%s on %s is %j', (frequency, date, expected) => {
    expect(periodContaining(frequency, date)).toEqual(expected);
  });

  it('is due two weeks after the period ends, across month and year ends', () => {
    expect(dueDateOf(periodContaining('quarterly', '2026-11-17'))).toBe('2027-01-14');
    expect(dueDateOf(periodContaining('monthly', '2026-02-03'))).toBe('2026-03-14');
    expect(dueDateOf(periodContaining('half_yearly', '2026-02-03'))).toBe('2026-07-14');
    expect(dueDateOf(periodContaining('yearly', '2026-02-03'))).toBe('2027-01-14');
  });

  it('reads period keys back, and refuses keys of another frequency', () => {
    expect(periodByKey('quarterly', '2026-Q4')).toEqual(
      periodContaining('quarterly', '2026-11-01'),
    );
    expect(periodByKey('monthly', '2026-02')).toEqual({
      key: '2026-02',
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(periodByKey('half_yearly', '2026-H2')?.start).toBe('2026-07-01');
    expect(periodByKey('yearly', '2026')?.end).toBe('2026-12-31');
    expect(periodByKey('monthly', '2026-13')).toBeNull();
    expect(periodByKey('quarterly', '2026-Q5')).toBeNull();
    expect(periodByKey('yearly', '2026-Q1')).toBeNull();
  });

  it('steps to the next period, into the next year', () => {
    expect(nextPeriod('quarterly', periodContaining('quarterly', '2026-12-01')).key).toBe(
      '2027-Q1',
    );
    expect(nextPeriod('monthly', periodContaining('monthly', '2026-01-31')).key).toBe('2026-02');
  });

  it('adds days over leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 14)).toBe('2027-01-14');
  });

  it('takes the calendar date in Berlin, not in UTC', () => {
    expect(calendarDateIn('Europe/Berlin', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(calendarDateIn('Europe/Berlin', new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('missing periods', () => {
  const keys = (periods: { key: string }[]) => periods.map((p) => p.key);

  it('lists the last four ended periods without a value, oldest first', () => {
    const measured = new Set(['2026-Q2']);
    expect(keys(missingPeriods('quarterly', '2020-01-01', measured, '2026-11-17'))).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q3',
    ]);
  });

  it('never counts the current period, and nothing before the indicator began', () => {
    expect(keys(missingPeriods('monthly', '2026-09-15', new Set(), '2026-11-17'))).toEqual([
      '2026-09',
      '2026-10',
    ]);
    expect(missingPeriods('yearly', '2026-01-01', new Set(), '2026-11-17')).toEqual([]);
  });

  it('lists nothing when every period has its value', () => {
    const measured = new Set(['2025-H1', '2025-H2', '2026-H1', '2024-H2']);
    expect(missingPeriods('half_yearly', '2020-01-01', measured, '2026-11-17')).toEqual([]);
  });
});
