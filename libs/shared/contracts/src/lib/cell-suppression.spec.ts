import { type BreakdownCell, isSmallCell, suppressCells } from './cell-suppression';

const cell = (value: number, small: boolean, ...parts: [string, string][]): BreakdownCell => ({
  cell: parts.map(([dimension, v]) => ({ dimension, value: v })),
  value,
  small,
});

const hiddenValues = (cells: BreakdownCell[], hidden: boolean[]) =>
  cells.filter((_, index) => hidden[index]).map((c) => c.value);

describe('suppressCells', () => {
  describe('one dimension, cells adding up to the total', () => {
    it('hides the next-smallest cell with a small one, so that total minus the rest gives nothing', () => {
      const cells = [
        cell(30, false, ['Stadtteil', 'Mitte']),
        cell(2, true, ['Stadtteil', 'Hafen']),
        cell(12, false, ['Stadtteil', 'Nord']),
      ];
      const { hidden, totalHidden } = suppressCells(cells, true);
      expect(hiddenValues(cells, hidden)).toEqual([2, 12]);
      expect(totalHidden).toBe(false);
    });

    it('leaves a breakdown without small cells alone', () => {
      const cells = [
        cell(30, false, ['Stadtteil', 'Mitte']),
        cell(12, false, ['Stadtteil', 'Nord']),
      ];
      expect(suppressCells(cells, true)).toEqual({ hidden: [false, false], totalHidden: false });
    });

    it('needs no second cell when two are small already', () => {
      const cells = [
        cell(30, false, ['Stadtteil', 'Mitte']),
        cell(2, true, ['Stadtteil', 'Hafen']),
        cell(3, true, ['Stadtteil', 'Nord']),
      ];
      expect(suppressCells(cells, true).hidden).toEqual([false, true, true]);
    });

    it('hides the total when the small cell is the only one', () => {
      const cells = [cell(2, true, ['Stadtteil', 'Hafen'])];
      expect(suppressCells(cells, true)).toEqual({ hidden: [true], totalHidden: true });
    });

    it('hides nothing more when there is no total to subtract from', () => {
      const cells = [
        cell(30, false, ['Stadtteil', 'Mitte']),
        cell(2, true, ['Stadtteil', 'Hafen']),
      ];
      expect(suppressCells(cells, false)).toEqual({ hidden: [false, true], totalHidden: false });
    });

    it('treats each dimension as its own group', () => {
      const cells = [
        cell(30, false, ['Stadtteil', 'Mitte']),
        cell(2, true, ['Stadtteil', 'Hafen']),
        cell(20, false, ['Geschlecht', 'w']),
        cell(12, false, ['Geschlecht', 'm']),
      ];
      expect(suppressCells(cells, true).hidden).toEqual([true, true, false, false]);
    });
  });

  describe('two dimensions, with the row and column sums', () => {
    // Stadtteil × Geschlecht: rows Mitte and Hafen, columns w and m, with their sums.
    const grid = (hafenW: number) => [
      cell(10, false, ['Stadtteil', 'Mitte'], ['Geschlecht', 'w']),
      cell(8, false, ['Stadtteil', 'Mitte'], ['Geschlecht', 'm']),
      cell(hafenW, hafenW < 5, ['Stadtteil', 'Hafen'], ['Geschlecht', 'w']),
      cell(6, false, ['Stadtteil', 'Hafen'], ['Geschlecht', 'm']),
      cell(18, false, ['Stadtteil', 'Mitte']),
      cell(6 + hafenW, false, ['Stadtteil', 'Hafen']),
      cell(10 + hafenW, false, ['Geschlecht', 'w']),
      cell(14, false, ['Geschlecht', 'm']),
    ];

    it('leaves every row and column with at least two hidden values or none', () => {
      const cells = grid(2);
      const { hidden, totalHidden } = suppressCells(cells, true);
      const isHidden = (index: number) => hidden[index] === true;
      // Rows (with their sum), columns (with their sum), and the sums with the total.
      const groups = [
        [0, 1, 4],
        [2, 3, 5],
        [0, 2, 6],
        [1, 3, 7],
      ];
      for (const group of groups) {
        expect([0, 2, 3]).toContain(group.filter(isHidden).length);
      }
      const margins = (a: number, b: number) =>
        [a, b].filter(isHidden).length + (totalHidden ? 1 : 0);
      expect([0, 2, 3]).toContain(margins(4, 5));
      expect([0, 2, 3]).toContain(margins(6, 7));
      expect(isHidden(2)).toBe(true);
    });

    it('hides a second cell of a grid whose only published sum is the total', () => {
      expect(suppressCells(grid(2).slice(0, 4), true).hidden).toEqual([false, false, true, true]);
    });

    it('hides no second cell of a grid when no sum of it is published', () => {
      expect(suppressCells(grid(2).slice(0, 4), false).hidden).toEqual([false, false, true, false]);
    });
  });
});

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
