import type { ReportContent } from '@gw/shared/contracts';
import { isSmallCell, publicView } from './public-view';

describe('isSmallCell', () => {
  it('suppresses values resting on fewer cases than the threshold', () => {
    expect(isSmallCell(80, 4, '%', 5)).toBe(true);
    expect(isSmallCell(80, 5, '%', 5)).toBe(false);
  });

  it('treats a small whole number without cases as a head count, unless the unit is a rate or amount', () => {
    expect(isSmallCell(3, null, 'Jugendliche', 5)).toBe(true);
    expect(isSmallCell(3, null, '', 5)).toBe(true);
    expect(isSmallCell(3, null, '%', 5)).toBe(false);
    expect(isSmallCell(3, null, 'EUR', 5)).toBe(false);
    expect(isSmallCell(12, null, 'Jugendliche', 5)).toBe(false);
  });
});

describe('publicView', () => {
  const content = {
    title: 'Bericht',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    summary: 'Gut unterwegs.',
    goals: [
      {
        goalId: 'g1',
        title: 'Übergänge',
        narrative: '',
        measures: { completed: [], started: [], delayed: [] },
        milestonesReached: [],
        indicators: [
          {
            indicatorId: 'i1',
            name: 'Vermittlungen',
            unit: 'Jugendliche',
            visibility: 'public',
            direction: 'higher_is_better',
            baseline: { value: 10, date: '2026-01-01' },
            target: null,
            values: [{ period: '2026-Q3', periodEnd: '2026-09-30', value: 42, cases: 42 }],
            cells: [
              { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], value: 38, cases: 38 },
              { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: 4, cases: 4 },
            ],
            status: 'on_track',
          },
          { indicatorId: 'i2', name: 'Intern', visibility: 'internal', cells: [], values: [] },
          { indicatorId: 'i3', name: 'Für Partner', visibility: 'partners', cells: [], values: [] },
        ],
      },
    ],
  } as unknown as ReportContent;

  const view = publicView(
    content,
    { initiativeName: 'Pakt', publishedAt: 'x', contentHash: 'h' },
    5,
  );

  it('shows only public indicators', () => {
    expect(view.goals[0]!.indicators.map((i) => i.name)).toEqual(['Vermittlungen']);
  });

  it('suppresses and marks small cells, and keeps the others', () => {
    expect(view.goals[0]!.indicators[0]!.cells).toEqual([
      { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], value: 38, suppressed: false },
      { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: null, suppressed: true },
    ]);
  });

  it('does not reveal case numbers', () => {
    expect(view.goals[0]!.indicators[0]!.values).toEqual([
      { period: '2026-Q3', periodEnd: '2026-09-30', value: 42, cases: null },
    ]);
  });
});
