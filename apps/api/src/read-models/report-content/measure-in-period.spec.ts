import { type MeasureFacts, measureInPeriod } from './measure-in-period';

const firstHalf = { start: '2026-01-01', end: '2026-06-30', today: '2026-12-07' };
const measure = (facts: Partial<MeasureFacts>): MeasureFacts => ({
  status: 'running',
  startDate: '2026-02-01',
  endDate: null,
  firstOpenMilestone: null,
  ...facts,
});
const delayed = (facts: Partial<MeasureFacts>, period = firstHalf) =>
  measureInPeriod(measure(facts), period).delayed;

describe('measureInPeriod', () => {
  it('takes a status of today as delayed in the period only when the measure had begun by its end', () => {
    expect(delayed({ status: 'delayed', startDate: '2026-09-01' })).toBe(false);
    expect(delayed({ status: 'delayed', startDate: '2026-06-30' })).toBe(true);
    expect(delayed({ status: 'delayed', startDate: null })).toBe(true);
  });

  it('counts a milestone due by the end of the period and still open as a delay', () => {
    expect(delayed({ firstOpenMilestone: '2026-05-31' })).toBe(true);
    expect(delayed({ firstOpenMilestone: '2026-07-31' })).toBe(false);
    // Not yet due on the day the report is made: not late.
    expect(delayed({ firstOpenMilestone: '2026-12-20' }, { ...firstHalf, end: '2026-12-31' })).toBe(
      false,
    );
  });

  it('never counts a completed or cancelled measure as delayed', () => {
    expect(delayed({ status: 'completed', firstOpenMilestone: '2026-03-01' })).toBe(false);
    expect(delayed({ status: 'cancelled', firstOpenMilestone: '2026-03-01' })).toBe(false);
  });

  it('places starts and completions by their dates', () => {
    const placed = measureInPeriod(
      measure({ status: 'completed', startDate: '2025-10-01', endDate: '2026-03-15' }),
      firstHalf,
    );
    expect(placed).toEqual({ completed: true, started: false, delayed: false });
    expect(
      measureInPeriod(measure({ status: 'completed', endDate: '2026-10-31' }), firstHalf),
    ).toEqual({ completed: false, started: true, delayed: false });
  });
});
