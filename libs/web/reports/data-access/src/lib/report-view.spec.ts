import {
  formatChange,
  formatValue,
  lastCompletePeriodDay,
  memberIndicatorView,
  periodFor,
  publicIndicatorView,
} from './report-view';
import { indicator, publicReport } from './testing/report-fixtures';

describe('lastCompletePeriodDay', () => {
  it('lies in the latest period that has ended, never in the running one', () => {
    expect(lastCompletePeriodDay('quarter', '2026-12-07')).toBe('2026-09-30');
    expect(lastCompletePeriodDay('half_year', '2026-12-07')).toBe('2026-06-30');
    expect(lastCompletePeriodDay('year', '2026-12-07')).toBe('2025-12-31');
    expect(lastCompletePeriodDay('quarter', '2027-01-01')).toBe('2026-12-31');
    expect(lastCompletePeriodDay('half_year', '2028-07-01')).toBe('2028-06-30');
  });

  it('starts a custom range in the last complete quarter', () => {
    expect(lastCompletePeriodDay('custom', '2026-05-20')).toBe('2026-03-31');
  });
});

describe('periodFor', () => {
  it('finds the quarter, half-year and year containing the day, as the API does', () => {
    expect(periodFor('quarter', '2027-02-10')).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(periodFor('quarter', '2027-11-30')).toEqual({ start: '2027-10-01', end: '2027-12-31' });
    expect(periodFor('half_year', '2027-05-05')).toEqual({
      start: '2027-01-01',
      end: '2027-06-30',
    });
    expect(periodFor('half_year', '2027-07-01')).toEqual({
      start: '2027-07-01',
      end: '2027-12-31',
    });
    expect(periodFor('year', '2028-02-29')).toEqual({ start: '2028-01-01', end: '2028-12-31' });
  });

  it('ends a quarter on the last day of its month, also in a leap year', () => {
    expect(periodFor('quarter', '2028-01-15').end).toBe('2028-03-31');
    expect(periodFor('quarter', '2027-05-15').end).toBe('2027-06-30');
  });

  it('takes a custom range as given', () => {
    expect(periodFor('custom', '2027-02-01', '2027-02-28')).toEqual({
      start: '2027-02-01',
      end: '2027-02-28',
    });
  });
});

describe('indicator views', () => {
  it('marks for members the cells the public link will suppress, keeping their values', () => {
    const view = memberIndicatorView(indicator(), 5);
    expect(view.visibility).toBe('public');
    // Hafen rests on 3 cases; Mitte goes too, or the total minus Mitte would give Hafen away.
    expect(view.cells).toEqual([
      { label: 'Stadtteil: Mitte', value: 70, cases: 30, suppressed: true },
      { label: 'Stadtteil: Hafen', value: 33, cases: 3, suppressed: true },
    ]);
    expect(memberIndicatorView(indicator(), 2).cells.map((cell) => cell.suppressed)).toEqual([
      false,
      false,
    ]);
  });

  it('marks only the small cell when no total is published to subtract from', () => {
    const view = memberIndicatorView(indicator({ values: [] }), 5);
    expect(view.cells.map((cell) => cell.suppressed)).toEqual([false, true]);
  });

  it('gives the public view suppressed cells without a value and no visibility marker', () => {
    const [first] = publicReport().goals.flatMap((goal) => goal.indicators);
    if (!first) throw new Error('The fixture has a public indicator');
    const view = publicIndicatorView(first);
    expect(view.visibility).toBeNull();
    expect(view.cells[1]).toEqual({
      label: 'Stadtteil: Hafen',
      value: null,
      cases: null,
      suppressed: true,
    });
    expect(view.target).toBe(84);
    expect(view.values.map((value) => value.value)).toEqual([61, 65]);
  });
});

describe('formatting', () => {
  it('writes values in the language with their unit', () => {
    expect(formatValue(1200.5, 'Personen', 'de-DE')).toBe('1.200,5 Personen');
    expect(formatValue(65, '%', 'en-GB')).toBe('65 %');
    expect(formatValue(null, '%', 'de-DE')).toBeNull();
  });

  it('signs a change so a fall is never read as a level', () => {
    expect(formatChange(7, '%', 'de-DE')).toBe('+7 %');
    expect(formatChange(-3.5, 'Personen', 'de-DE')).toBe('\u22123,5 Personen');
    expect(formatChange(0, '', 'de-DE')).toBe('±0');
    expect(formatChange(null, '%', 'de-DE')).toBeNull();
  });
});
