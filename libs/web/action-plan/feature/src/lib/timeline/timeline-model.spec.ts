import type { Measure } from '@gw/shared/contracts';
import { measureFixtures } from '@gw/web/action-plan/data-access';
import { type TimelineTexts, buildTimeline } from './timeline-model';

const { measure } = measureFixtures;

const texts: TimelineTexts = {
  barLabel: (item: Measure) => `${item.status} · ${item.progress} %`,
  milestoneTitle: (milestone) => milestone.title,
  description: (item: Measure) => item.title,
  month: (month, year) => `${month + 1}/${year}`,
};

describe('buildTimeline', () => {
  const first = measure({
    id: 'a',
    startDate: '2026-09-01',
    endDate: '2026-09-30',
    progress: 50,
    milestones: [{ id: 'x', title: 'Bericht', dueDate: '2026-10-10', done: false }],
  });
  const second = measure({
    id: 'b',
    startDate: '2026-11-01',
    endDate: '2026-12-31',
    milestones: [],
    dependencyIds: ['a'],
  });
  const chart = buildTimeline(
    [first, second],
    [{ id: 'g1', label: 'Ziel', measures: [first, second] }],
    '2026-10-15',
    texts,
    // September to December: 122 days, 2 px each, and 16 px for arrows after the last.
    260,
  );

  it('shows the darker progress part in proportion to the bar', () => {
    const bar = chart.bars[0]!;
    // The scale starts on 1 September: 2 px a day.
    expect(bar.bar).toEqual({ x: 0, width: 60 });
    expect(bar.progressWidth).toBe(30);
  });

  it('puts a milestone in the middle of its day and gives each bar its state text', () => {
    const bar = chart.bars[0]!;
    expect(bar.milestones[0]!.x).toBe(79);
    expect(bar.label).toBe(`${first.status} · 50 %`);
  });

  it('names only every third month where months are narrow, and keeps "today" inside', () => {
    const narrow = buildTimeline([first, second], [], '2026-09-01', texts, 60);
    expect(narrow.scale.pxPerDay).toBe(0.8);
    expect(narrow.ticks.map((tick) => tick.label)).toEqual([null, '10/2026', null, null]);
    expect(narrow.todayPillX).toBe(0);
  });

  it('draws an arrow from the measure depended on to the dependent one, and today', () => {
    expect(chart.links).toEqual([{ key: 'g1:a>g1:b', d: 'M 60 68 H 68 V 124 H 122' }]);
    expect(chart.todayX).toBe(89);
    expect(chart.ticks.map((tick) => tick.label)).toEqual([
      '9/2026',
      '10/2026',
      '11/2026',
      '12/2026',
    ]);
    expect(chart.ticks[0]?.yearLabel).toBe('2026');
  });
});
