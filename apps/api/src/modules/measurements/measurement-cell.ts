import type { Cell, FieldError } from '@gw/shared/contracts';

/** A cell as stored: a canonical key ('' for the total) and its value ids, sorted. */
export interface CanonicalCell {
  key: string;
  valueIds: string[];
}

export const TOTAL_CELL: CanonicalCell = { key: '', valueIds: [] };

/** What a cell is checked against: the indicator's dimensions and the initiative's values. */
export interface CellContext {
  /** The dimensions the indicator uses. */
  indicatorDimensionIds: readonly string[];
  /** The dimension each value id of the initiative belongs to. */
  dimensionOfValue: ReadonlyMap<string, string>;
}

/**
 * The canonical form of a cell whose entries are known to be valid: `dimensionId:valueId` pairs
 * sorted by dimension id, joined by `;`, so that the same cell always has the same key whatever
 * the order it was given in.
 */
export function canonicalOf(entries: Cell): CanonicalCell {
  const sorted = [...entries].sort((a, b) => compare(a.dimensionId, b.dimensionId));
  return {
    key: sorted.map((entry) => `${entry.dimensionId}:${entry.valueId}`).join(';'),
    valueIds: sorted.map((entry) => entry.valueId).sort(compare),
  };
}

/**
 * Checks a cell of a request: every dimension must be one the indicator uses, at most once, and
 * every value a value of its dimension. Returns the canonical cell, or every error with its path.
 */
export function readCell(
  cell: Cell,
  context: CellContext,
  field = 'cell',
): { cell: CanonicalCell; errors: [] } | { cell: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const used = new Set(context.indicatorDimensionIds);
  const seen = new Set<string>();
  cell.forEach(({ dimensionId, valueId }, index) => {
    if (!used.has(dimensionId)) {
      errors.push({
        field: `${field}.${index}.dimensionId`,
        message: 'dimensionId must be a dimension this indicator is disaggregated by',
        code: 'dimension_not_used',
      });
    } else if (seen.has(dimensionId)) {
      errors.push({
        field: `${field}.${index}.dimensionId`,
        message: 'the same dimension appears twice; a cell has one value per dimension',
        code: 'duplicate_dimension',
      });
    } else if (context.dimensionOfValue.get(valueId) !== dimensionId) {
      errors.push({
        field: `${field}.${index}.valueId`,
        message: 'valueId must be a value of that dimension',
        code: 'unknown_value',
      });
    }
    seen.add(dimensionId);
  });
  return errors.length > 0 ? { cell: null, errors } : { cell: canonicalOf(cell), errors: [] };
}

/** Plain code-unit order: the same everywhere, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
