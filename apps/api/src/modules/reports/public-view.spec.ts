import type { ReportContent } from '@gw/shared/contracts';
import { publicView } from './public-view';

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

  it('suppresses and marks small cells, and the cell that would give them away', () => {
    // Hafen (4 cases) is small; Mitte would give it away as the total 42 minus 38.
    expect(view.goals[0]!.indicators[0]!.cells).toEqual([
      { cell: [{ dimension: 'Stadtteil', value: 'Mitte' }], value: null, suppressed: true },
      { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: null, suppressed: true },
    ]);
  });

  it('keeps cells that give nothing away, and the total', () => {
    const withNord = structuredClone(content);
    const indicator = withNord.goals[0]!.indicators[0]!;
    indicator.cellsPeriod = '2026-Q3';
    indicator.cells.push({
      cell: [{ dimension: 'Stadtteil', value: 'Nord' }],
      value: 20,
      cases: 20,
    });
    const shown = publicView(
      withNord,
      { initiativeName: 'Pakt', publishedAt: 'x', contentHash: 'h' },
      5,
    ).goals[0]!.indicators[0]!;
    expect(shown.cells.map((c) => c.value)).toEqual([38, null, null]);
    expect(shown.values.map((v) => v.value)).toEqual([42]);
  });

  it("leaves out the total of the cells' period when a small cell is the only one", () => {
    const alone = structuredClone(content);
    const indicator = alone.goals[0]!.indicators[0]!;
    indicator.cellsPeriod = '2026-Q3';
    indicator.cells = [{ cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: 4, cases: 4 }];
    indicator.values.unshift({ period: '2026-Q2', periodEnd: '2026-06-30', value: 40, cases: 40 });
    const shown = publicView(
      alone,
      { initiativeName: 'Pakt', publishedAt: 'x', contentHash: 'h' },
      5,
    ).goals[0]!.indicators[0]!;
    expect(shown.cells).toEqual([
      { cell: [{ dimension: 'Stadtteil', value: 'Hafen' }], value: null, suppressed: true },
    ]);
    expect(shown.values.map((v) => v.period)).toEqual(['2026-Q2']);
  });

  it('does not reveal case numbers', () => {
    expect(view.goals[0]!.indicators[0]!.values).toEqual([
      { period: '2026-Q3', periodEnd: '2026-09-30', value: 42, cases: null },
    ]);
  });
});
