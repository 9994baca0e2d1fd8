import { expectedOn, indicatorStatus, isOutdated, nextTarget } from './indicator-status';

const baseline = { value: 100, date: '2026-01-01' };
const target = { value: 200, date: '2027-01-01' };

describe('expectedOn', () => {
  it('follows the straight line from baseline to target, and stays at the ends outside it', () => {
    expect(expectedOn(baseline, target, '2026-07-02')).toBeCloseTo(150, 0);
    expect(expectedOn(baseline, target, '2025-06-01')).toBe(100);
    expect(expectedOn(baseline, target, '2028-01-01')).toBe(200);
  });
});

describe('indicatorStatus', () => {
  const at = (
    value: number,
    direction: 'higher_is_better' | 'lower_is_better' = 'higher_is_better',
  ) =>
    indicatorStatus({ direction, baseline, target, latest: { value, date: '2026-07-02' } }).status;

  it('is on track on or ahead of the path, at risk within 10 % of the planned change, else off track', () => {
    expect(at(150)).toBe('on_track');
    expect(at(170)).toBe('on_track');
    expect(at(141)).toBe('at_risk');
    expect(at(120)).toBe('off_track');
  });

  it('turns around when lower is better', () => {
    const down = {
      direction: 'lower_is_better' as const,
      baseline,
      target: { value: 0, date: '2027-01-01' },
    };
    expect(indicatorStatus({ ...down, latest: { value: 40, date: '2026-07-02' } }).status).toBe(
      'on_track',
    );
    expect(indicatorStatus({ ...down, latest: { value: 55, date: '2026-07-02' } }).status).toBe(
      'at_risk',
    );
    expect(indicatorStatus({ ...down, latest: { value: 80, date: '2026-07-02' } }).status).toBe(
      'off_track',
    );
  });

  it('has no data without a value, and no path with a value but no target or baseline', () => {
    expect(
      indicatorStatus({ direction: 'higher_is_better', baseline, target, latest: null }),
    ).toEqual({
      status: 'no_data',
      expected: null,
    });
    expect(
      indicatorStatus({
        direction: 'higher_is_better',
        baseline: { value: null, date: null },
        target,
        latest: { value: 1, date: '2026-07-02' },
      }).status,
    ).toBe('no_path');
    expect(
      indicatorStatus({
        direction: 'higher_is_better',
        baseline,
        target: null,
        latest: { value: 1, date: '2026-07-02' },
      }).status,
    ).toBe('no_path');
  });
});

describe('nextTarget', () => {
  const targets = [
    { value: 3, date: '2028-01-01' },
    { value: 1, date: '2026-01-01' },
    { value: 2, date: '2027-01-01' },
  ];

  it('is the first target on or after the date, else the last one', () => {
    expect(nextTarget(targets, '2026-06-01')?.value).toBe(2);
    expect(nextTarget(targets, '2029-01-01')?.value).toBe(3);
    expect(nextTarget([], '2026-01-01')).toBeNull();
  });
});

describe('isOutdated', () => {
  it('marks a value once a newer period has ended and its 14 days of grace have passed', () => {
    // December 2026: the first half of 2026 was due on 14 July; the second half of 2025 is old.
    expect(isOutdated('half_yearly', '2025-12-31', '2026-12-07')).toBe(true);
    expect(isOutdated('half_yearly', '2026-06-30', '2026-12-07')).toBe(false);
    // Early January: the second half of 2026 is not due before 14 January 2027.
    expect(isOutdated('half_yearly', '2026-06-30', '2027-01-10')).toBe(false);
    expect(isOutdated('half_yearly', '2026-06-30', '2027-01-15')).toBe(true);
  });

  it('follows each frequency', () => {
    expect(isOutdated('quarterly', '2026-09-30', '2026-12-07')).toBe(false);
    expect(isOutdated('quarterly', '2026-06-30', '2026-12-07')).toBe(true);
    expect(isOutdated('monthly', '2026-10-31', '2026-12-07')).toBe(false);
    expect(isOutdated('monthly', '2026-09-30', '2026-12-07')).toBe(true);
    expect(isOutdated('yearly', '2025-12-31', '2026-12-07')).toBe(false);
    expect(isOutdated('yearly', '2024-12-31', '2026-12-07')).toBe(true);
  });
});
