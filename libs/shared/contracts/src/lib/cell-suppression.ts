import type { ReportIndicator } from './report.model';

/** A disaggregated value: one value per dimension it is broken down by, e.g. Stadtteil × Geschlecht. */
export interface BreakdownCell {
  cell: { dimension: string; value: string }[];
  value: number;
  /** Hidden in its own right (primary suppression): it rests on too few cases. */
  small: boolean;
}

/** Which cells a public view hides, and whether it must hide the total too. */
export interface Suppression {
  hidden: boolean[];
  totalHidden: boolean;
}

const TOTAL = -1;

/**
 * The additive groups of a breakdown, each a set of cells with the published value they add up
 * to: the cells that differ in one dimension only, with the same cell without that dimension
 * (e.g. Mitte × w and Mitte × m add up to Mitte, a row; Mitte × w and Hafen × w to w, a column),
 * or with the total for one-dimensional cells; and all cells of the same dimensions with the
 * total (Mitte × w … Hafen × m add up to the total). Cells whose sum is not published form no
 * group: nothing can be subtracted from it.
 */
function additiveGroups(
  cells: readonly BreakdownCell[],
  hasTotal: boolean,
): { children: number[]; parent: number }[] {
  const keyOf = (parts: BreakdownCell['cell']) =>
    JSON.stringify(
      [...parts].sort((a, b) =>
        a.dimension < b.dimension ? -1 : a.dimension > b.dimension ? 1 : 0,
      ),
    );
  const indexOf = new Map(cells.map((c, index) => [keyOf(c.cell), index]));
  const groups = new Map<string, { children: number[]; parent: number | undefined }>();
  const add = (groupKey: string, parent: number | undefined, index: number) => {
    const group = groups.get(groupKey) ?? { children: [], parent };
    group.children.push(index);
    groups.set(groupKey, group);
  };
  cells.forEach(({ cell }, index) => {
    const dimensions = JSON.stringify(cell.map((part) => part.dimension).sort());
    if (cell.length > 1 && hasTotal) add(`all ${dimensions}`, TOTAL, index);
    for (const varying of cell) {
      const rest = cell.filter((part) => part !== varying);
      const parent = rest.length === 0 ? (hasTotal ? TOTAL : undefined) : indexOf.get(keyOf(rest));
      add(JSON.stringify([varying.dimension, keyOf(rest)]), parent, index);
    }
  });
  return [...groups.values()].flatMap(({ children, parent }) =>
    parent === undefined ? [] : [{ children, parent }],
  );
}

/**
 * Complementary (secondary) suppression: hiding only the small cells is not enough when the
 * others and their sum are published, since the hidden value is then the sum minus the rest.
 * So in every additive group (see additiveGroups) with exactly one hidden member, the smallest
 * visible cell of the group is hidden too; where the group has no other cell, the sum it adds
 * up to is hidden (a cell, or the total). Repeated until no group has exactly one hidden member,
 * as hiding a cell can leave another group it belongs to with one.
 */
export function suppressCells(cells: readonly BreakdownCell[], hasTotal: boolean): Suppression {
  const hidden = cells.map((c) => c.small);
  let totalHidden = false;
  const isHidden = (member: number) => (member === TOTAL ? totalHidden : hidden[member] === true);
  const groups = additiveGroups(cells, hasTotal);
  let changed = true;
  while (changed) {
    changed = false;
    for (const { children, parent } of groups) {
      if ([...children, parent].filter(isHidden).length !== 1) continue;
      const [smallest] = children
        .filter((child) => !isHidden(child))
        .sort((a, b) => (cells[a]?.value ?? 0) - (cells[b]?.value ?? 0) || a - b);
      const next = smallest ?? (isHidden(parent) ? null : parent);
      if (next === null) continue;
      if (next === TOTAL) totalHidden = true;
      else hidden[next] = true;
      changed = true;
    }
  }
  return { hidden, totalHidden };
}

/** Units of rates and amounts: their values are not head counts. */
const NOT_A_COUNT =
  /%|prozent|quote|rate|anteil|€|eur|euro|std|stunden|tage|jahre|minuten|durchschnitt|ø/i;

/**
 * Whether a disaggregated value could identify people: it rests on fewer than `threshold`
 * cases, or (with no number of cases given) it is itself a count below the threshold.
 */
export function isSmallCell(
  value: number,
  cases: number | null,
  unit: string,
  threshold: number,
): boolean {
  if (cases !== null) return cases < threshold;
  return !NOT_A_COUNT.test(unit) && Number.isInteger(value) && value < threshold;
}

/**
 * Whether a value of the indicator is the total its cells add up to. Reports frozen before the
 * cells' period was kept cannot tell, so every total counts.
 */
export function isCellsTotal(indicator: Pick<ReportIndicator, 'cellsPeriod'>, period: string) {
  return indicator.cellsPeriod === undefined || period === indicator.cellsPeriod;
}

/**
 * What the public view of a report hides of one indicator's breakdown: the small cells and the
 * cells (or the total) that would give them away. The API applies it to the public report; the
 * web app shows members in advance which cells the public will not see.
 */
export function publicSuppression(
  indicator: Pick<ReportIndicator, 'cells' | 'unit' | 'values' | 'cellsPeriod'>,
  threshold: number,
): Suppression {
  return suppressCells(
    indicator.cells.map(({ cell, value, cases }) => ({
      cell,
      value,
      small: isSmallCell(value, cases, indicator.unit, threshold),
    })),
    indicator.values.some((v) => isCellsTotal(indicator, v.period)),
  );
}
