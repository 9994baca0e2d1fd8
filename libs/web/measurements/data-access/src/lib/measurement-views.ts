import type {
  Cell,
  Dimension,
  Indicator,
  IndicatorSeries,
  Measurement,
  Role,
  SeriesPoint,
} from '@gw/shared/contracts';

/**
 * Whether the caller enters and corrects this indicator's values: coordination always, its data
 * stewards too (except observers, who only read). Mirrors the API, which answers 403 otherwise.
 */
export function mayEnterValues(
  role: Role | null,
  indicator: Pick<Indicator, 'stewards'>,
  memberId: string | null,
): boolean {
  if (role === 'coordination') return true;
  if (role === null || role === 'observer' || memberId === null) return false;
  return indicator.stewards.some((steward) => steward.memberId === memberId);
}

/** A cell by its values' names in the order of the dimensions, e.g. `Altstadt · 14–17`. */
export function cellLabel(cell: Cell, dimensions: Dimension[]): string {
  const byId = new Map(dimensions.map((dimension) => [dimension.id, dimension]));
  return cell
    .map((entry) => {
      const dimension = byId.get(entry.dimensionId);
      const value = dimension?.values.find((item) => item.id === entry.valueId);
      return `${dimension?.name ?? '?'}: ${value?.value ?? '?'}`;
    })
    .join(' · ');
}

/** The values of one combination of dimensions (e.g. Stadtteil × Altersgruppe) in one period. */
export interface BreakdownGroup {
  /** The dimensions' names, e.g. `['Stadtteil', 'Altersgruppe']`. */
  dimensions: string[];
  period: string;
  rows: { label: string; value: number; cases: number | null }[];
  /** The largest value's size, for drawing bars in proportion. */
  max: number;
}

/**
 * The disaggregated breakdown of the latest period that has one: for each combination of
 * dimensions, every cell's approved value of that period, in the order the API sends them.
 */
export function latestBreakdown(series: IndicatorSeries): BreakdownGroup[] {
  const latest = series.cells
    .flatMap((cell) => cell.points)
    .reduce<SeriesPoint | null>(
      (found, point) => (found && found.periodEnd >= point.periodEnd ? found : point),
      null,
    );
  if (!latest) return [];
  const groups = new Map<string, BreakdownGroup>();
  for (const { cell, points } of series.cells) {
    const point = points.find((item) => item.period === latest.period);
    if (!point) continue;
    const dimensions = cell.map((entry) => entry.dimension);
    const key = dimensions.join('\u0000');
    const group = groups.get(key) ?? { dimensions, period: latest.period, rows: [], max: 0 };
    group.rows.push({
      label: cell.map((entry) => entry.value).join(' · '),
      value: point.value,
      cases: point.cases,
    });
    group.max = Math.max(group.max, Math.abs(point.value));
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** What a data steward delivers for one period of an indicator: its total and cells. */
export interface Delivery {
  indicatorId: string;
  period: string;
  values: Measurement[];
}

/**
 * The values grouped by indicator and period, in the order their first value comes, each
 * delivery's values in the order given: the review queue's unit of review.
 */
export function deliveriesOf(values: readonly Measurement[]): Delivery[] {
  const deliveries = new Map<string, Delivery>();
  for (const value of values) {
    const key = `${value.indicatorId} ${value.period}`;
    const delivery = deliveries.get(key);
    if (delivery) delivery.values.push(value);
    else
      deliveries.set(key, {
        indicatorId: value.indicatorId,
        period: value.period,
        values: [value],
      });
  }
  return [...deliveries.values()];
}
