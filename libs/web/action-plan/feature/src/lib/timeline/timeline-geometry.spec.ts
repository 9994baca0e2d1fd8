import { measureFixtures } from '@gw/web/action-plan/data-access';
import {
  type Scale,
  barOf,
  chartWidth,
  dayMiddle,
  dayOf,
  dependencyLinks,
  fitScale,
  layoutRows,
  monthTicks,
  timelineScale,
  xOf,
} from './timeline-geometry';

const { measure } = measureFixtures;

/** August 2026 to the end of December 2026, 2 px a day. */
const scale: Scale = { start: dayOf('2026-08-01'), end: dayOf('2027-01-01'), pxPerDay: 2 };

describe('timeline geometry', () => {
  it('counts calendar days, unmoved by daylight saving time', () => {
    expect(dayOf('2026-10-26') - dayOf('2026-10-24')).toBe(2);
    expect(dayOf('2026-03-30') - dayOf('2026-03-28')).toBe(2);
  });

  it('spans whole months from the earliest to the latest date, today included', () => {
    const measures = [
      measure({ startDate: '2026-08-15', endDate: '2027-03-10', milestones: [] }),
      measure({
        id: 'm2',
        startDate: null,
        endDate: null,
        milestones: [{ id: 'x', title: 'Ende', dueDate: '2027-05-02', done: false }],
      }),
    ];
    const range = timelineScale(measures, '2026-11-21', 2);
    expect(range.start).toBe(dayOf('2026-08-01'));
    expect(range.end).toBe(dayOf('2027-06-01'));

    const early = timelineScale(
      [measure({ startDate: '2027-01-10', milestones: [] })],
      '2026-11-21',
      2,
    );
    expect(early.start).toBe(dayOf('2026-11-01'));
  });

  it('draws a bar from the start of its first day to the end of its last day', () => {
    // 14 days after 1 August at 2 px a day; 15 to 31 August inclusive is 17 days.
    expect(barOf('2026-08-15', '2026-08-31', scale)).toEqual({ x: 28, width: 34 });
  });

  it('draws a one-day bar when only one date is known, none without dates', () => {
    expect(barOf('2026-09-01', null, scale)).toEqual({ x: 62, width: 6 });
    expect(barOf(null, '2026-09-01', scale)).toEqual({ x: 62, width: 6 });
    expect(barOf(null, null, scale)).toBeNull();
  });

  it('keeps very short bars wide enough to see and click', () => {
    expect(barOf('2026-09-01', '2026-09-01', scale, 6)?.width).toBe(6);
  });

  it('puts the today line and the milestones in the middle of their day', () => {
    expect(dayMiddle('2026-08-01', scale)).toBe(1);
    expect(dayMiddle('2026-11-21', scale)).toBe(xOf(dayOf('2026-11-21'), scale) + 1);
    expect(dayMiddle('2026-11-21', scale)).toBe(225);
  });

  it('labels every month with its position and width', () => {
    const ticks = monthTicks(scale);
    expect(ticks.map((tick) => [tick.month, tick.year])).toEqual([
      [7, 2026],
      [8, 2026],
      [9, 2026],
      [10, 2026],
      [11, 2026],
    ]);
    expect(ticks[0]).toMatchObject({ x: 0, width: 62 });
    expect(ticks[1]).toMatchObject({ x: 62, width: 60 });
    expect(chartWidth(scale)).toBe(ticks.reduce((sum, tick) => sum + tick.width, 0));
  });

  it('lays out each group heading followed by its measures', () => {
    const a = measure({ id: 'a' });
    const b = measure({ id: 'b' });
    const { rows, height } = layoutRows(
      [
        { id: 'g1', label: 'Ziel 1', measures: [a, b] },
        { id: null, label: null, measures: [a] },
      ],
      44,
      36,
    );
    expect(rows.map((row) => [row.key, row.y])).toEqual([
      ['g1', 0],
      ['g1:a', 36],
      ['g1:b', 80],
      ['none', 124],
      ['none:a', 160],
    ]);
    expect(height).toBe(204);
  });

  it('joins a dependency within the same group, else from where the measure first appears', () => {
    const prerequisite = measure({ id: 'p' });
    const dependent = measure({ id: 'd', dependencyIds: ['p', 'gone'] });
    const { rows } = layoutRows(
      [
        { id: 'g1', label: 'Ziel 1', measures: [prerequisite] },
        { id: 'g2', label: 'Ziel 2', measures: [prerequisite, dependent] },
        { id: 'g3', label: 'Ziel 3', measures: [dependent] },
      ],
      44,
      36,
    );
    const links = dependencyLinks(rows).map(({ from, to }) => `${from.key} > ${to.key}`);
    expect(links).toEqual(['g2:p > g2:d', 'g1:p > g3:d']);
  });

  it('stretches the months to the width there is, but not below a readable minimum', () => {
    // August to December: 153 days.
    expect(fitScale(scale, 765, 0.8).pxPerDay).toBe(5);
    expect(fitScale(scale, 100, 0.8).pxPerDay).toBe(0.8);
  });
});
