import type { CollectionPlanEntry, Goal, Indicator } from '@gw/shared/contracts';
import {
  daysBetween,
  groupByGoal,
  markCollectionPlan,
  nextTarget,
  todayIso,
} from './indicator-views';

const goal = (id: string, title: string, position: number): Goal => ({
  id,
  title,
  description: '',
  position,
});

const indicator = (id: string, goalIds: string[], targets: Indicator['targets'] = []) =>
  ({
    id,
    name: id,
    goalIds,
    targets,
  }) as Partial<Indicator> as Indicator;

const entry = (indicatorId: string, dueDate: string): CollectionPlanEntry => ({
  indicatorId,
  indicatorName: indicatorId,
  frequency: 'quarterly',
  period: '2026-Q3',
  periodStart: '2026-07-01',
  periodEnd: '2026-09-30',
  dueDate,
  responsibleActorId: null,
  stewards: [],
  overdue: false,
});

describe('groupByGoal', () => {
  const goals = [goal('g2', 'Angebote bündeln', 2), goal('g1', 'Übergänge begleiten', 1)];

  it('orders the groups by the position of the goals', () => {
    const groups = groupByGoal([indicator('a', ['g2']), indicator('b', ['g1'])], goals);
    expect(groups.map((group) => group.goal?.title)).toEqual([
      'Übergänge begleiten',
      'Angebote bündeln',
    ]);
  });

  it('shows an indicator serving several goals under each of them', () => {
    const groups = groupByGoal([indicator('both', ['g1', 'g2'])], goals);
    expect(groups.map((group) => group.indicators.map((item) => item.id))).toEqual([
      ['both'],
      ['both'],
    ]);
  });

  it('puts the indicators without a goal last, also those whose goal no longer exists', () => {
    const groups = groupByGoal(
      [indicator('none', []), indicator('gone', ['deleted']), indicator('a', ['g2'])],
      goals,
    );
    expect(groups.map((group) => group.goal?.id ?? null)).toEqual(['g2', null]);
    expect(groups[1]!.indicators.map((item) => item.id)).toEqual(['none', 'gone']);
  });

  it('leaves out goals without indicators, and the empty "without goal" group', () => {
    expect(groupByGoal([indicator('a', ['g1'])], goals)).toEqual([
      { goal: { id: 'g1', title: 'Übergänge begleiten' }, indicators: [indicator('a', ['g1'])] },
    ]);
    expect(groupByGoal([], goals)).toEqual([]);
  });
});

describe('nextTarget', () => {
  const targets = [
    { id: 't3', value: 90, date: '2029-07-31' },
    { id: 't1', value: 70, date: '2025-07-31' },
    { id: 't2', value: 80, date: '2027-07-31' },
  ];

  it('is the earliest target from today on', () => {
    expect(nextTarget(indicator('a', [], targets), '2026-11-21')?.id).toBe('t2');
    expect(nextTarget(indicator('a', [], targets), '2027-07-31')?.id).toBe('t2');
  });

  it('is null when every target lies in the past or none is set', () => {
    expect(nextTarget(indicator('a', [], targets), '2030-01-01')).toBeNull();
    expect(nextTarget(indicator('a', []), '2026-01-01')).toBeNull();
  });
});

describe('markCollectionPlan', () => {
  it('marks deliveries whose due date has passed as overdue, by due date', () => {
    const rows = markCollectionPlan(
      [entry('later', '2026-12-14'), entry('past', '2026-10-14'), entry('today', '2026-11-21')],
      '2026-11-21',
    );
    expect(rows.map((row) => [row.indicatorId, row.overdue, row.daysLeft])).toEqual([
      ['past', true, -38],
      ['today', false, 0],
      ['later', false, 23],
    ]);
  });

  it('marks deliveries due within two weeks as due soon, but not overdue ones', () => {
    const rows = markCollectionPlan(
      [entry('soon', '2026-12-05'), entry('far', '2026-12-06'), entry('past', '2026-11-20')],
      '2026-11-21',
    );
    expect(rows.map((row) => [row.indicatorId, row.dueSoon])).toEqual([
      ['past', false],
      ['soon', true],
      ['far', false],
    ]);
  });
});

describe('dates', () => {
  it('counts days across months and a change of daylight saving time', () => {
    expect(daysBetween('2026-10-20', '2026-11-02')).toBe(13);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('writes today as a calendar date in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
