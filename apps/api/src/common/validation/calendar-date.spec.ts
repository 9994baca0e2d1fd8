import { isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it.each(['2026-03-31', '2028-02-29', '1999-12-01'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '26-03-31', '2026-3-1', '31.03.2026', '', 42])(
    'rejects %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );
});
