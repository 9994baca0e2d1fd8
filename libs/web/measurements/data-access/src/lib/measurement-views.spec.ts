import type { Dimension } from '@gw/shared/contracts';
import { cellLabel, deliveriesOf, latestBreakdown, mayEnterValues } from './measurement-views';
import { indicator, measurement, point, series } from './testing/measurement-fixtures';

describe('mayEnterValues', () => {
  const stewarded = indicator();

  it('lets coordination enter every indicator', () => {
    expect(mayEnterValues('coordination', indicator({ stewards: [] }), null)).toBe(true);
  });

  it('lets a data steward enter only the indicators they steward', () => {
    expect(mayEnterValues('working_group', stewarded, 'mem-steward')).toBe(true);
    expect(mayEnterValues('partner', stewarded, 'mem-steward')).toBe(true);
    expect(mayEnterValues('working_group', stewarded, 'mem-other')).toBe(false);
    expect(mayEnterValues('steering', stewarded, null)).toBe(false);
  });

  it('never lets observers enter, even when named as steward', () => {
    expect(mayEnterValues('observer', stewarded, 'mem-steward')).toBe(false);
    expect(mayEnterValues(null, stewarded, 'mem-steward')).toBe(false);
  });
});

describe('cellLabel', () => {
  const dimensions: Dimension[] = [
    { id: 'd1', name: 'Stadtteil', values: [{ id: 'v1', value: 'Mitte' }], version: 1 },
    { id: 'd2', name: 'Altersgruppe', values: [{ id: 'v2', value: '14–17' }], version: 1 },
  ];

  it('names each dimension with its value, in the cell’s order', () => {
    expect(
      cellLabel(
        [
          { dimensionId: 'd1', valueId: 'v1' },
          { dimensionId: 'd2', valueId: 'v2' },
        ],
        dimensions,
      ),
    ).toBe('Stadtteil: Mitte · Altersgruppe: 14–17');
  });
});

describe('latestBreakdown', () => {
  it('shows each combination of dimensions for the latest period that has cells', () => {
    const groups = latestBreakdown(
      series({
        cells: [
          {
            cell: [{ dimension: 'Stadtteil', value: 'Altstadt' }],
            points: [point('2025-H2', '2025-12-31', 41), point('2026-H1', '2026-06-30', 50)],
          },
          {
            cell: [{ dimension: 'Stadtteil', value: 'Hafen' }],
            points: [point('2025-H2', '2025-12-31', 32), point('2026-H1', '2026-06-30', 25)],
          },
          {
            cell: [
              { dimension: 'Stadtteil', value: 'Hafen' },
              { dimension: 'Altersgruppe', value: '14–17' },
            ],
            points: [point('2026-H1', '2026-06-30', 10)],
          },
          // Only an older period: not part of the latest breakdown.
          {
            cell: [{ dimension: 'Stadtteil', value: 'Weidenhof' }],
            points: [point('2025-H2', '2025-12-31', 14)],
          },
        ],
      }),
    );
    expect(groups).toEqual([
      {
        dimensions: ['Stadtteil'],
        period: '2026-H1',
        rows: [
          { label: 'Altstadt', value: 50, cases: null },
          { label: 'Hafen', value: 25, cases: null },
        ],
        max: 50,
      },
      {
        dimensions: ['Stadtteil', 'Altersgruppe'],
        period: '2026-H1',
        rows: [{ label: 'Hafen · 14–17', value: 10, cases: null }],
        max: 10,
      },
    ]);
  });

  it('is empty without approved cells', () => {
    expect(latestBreakdown(series())).toEqual([]);
  });
});

describe('deliveriesOf', () => {
  it('groups values by indicator and period in the order they come', () => {
    const values = [
      measurement({ id: 'a', indicatorId: 'ind1', period: '2026-Q3' }),
      measurement({ id: 'b', indicatorId: 'ind2', period: '2026-Q3' }),
      measurement({ id: 'c', indicatorId: 'ind1', period: '2026-Q3' }),
      measurement({ id: 'd', indicatorId: 'ind1', period: '2026-Q2' }),
    ];
    expect(
      deliveriesOf(values).map((d) => [d.indicatorId, d.period, d.values.map((v) => v.id)]),
    ).toEqual([
      ['ind1', '2026-Q3', ['a', 'c']],
      ['ind2', '2026-Q3', ['b']],
      ['ind1', '2026-Q2', ['d']],
    ]);
    expect(deliveriesOf([])).toEqual([]);
  });
});
