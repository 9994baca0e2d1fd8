import { Injectable } from '@nestjs/common';
import type { IndicatorSeries, SeriesPoint } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound } from '../../common/problem/problem.exception';
import {
  INDICATOR_BASELINE_AND_TARGETS,
  type IndicatorBaselineRow,
} from '../indicators/indicators.queries';
import { type PointRow, SERIES_POINTS } from './measurements.queries';
import { visibleTo } from './measurement-writes';

/**
 * An indicator's approved values over time for its chart: the total and each cell, with the
 * comments members wrote on them, baseline and targets. Two statements whatever the length of
 * the series (five years of months in ten cells are 660 rows).
 */
@Injectable()
export class MeasurementSeriesService {
  constructor(private readonly sql: SqlService) {}

  async series(access: InitiativeAccess, indicatorId: string): Promise<IndicatorSeries> {
    const [indicator] = await this.sql.rows<IndicatorBaselineRow>(INDICATOR_BASELINE_AND_TARGETS, [
      access.initiativeId,
      indicatorId,
      visibleTo(access),
    ]);
    if (!indicator) throw notFound('The indicator');
    const rows = await this.sql.prepared<PointRow>('measurement-series', SERIES_POINTS, [
      indicatorId,
    ]);
    return {
      indicatorId,
      ...groupByCell(rows),
      baseline: { value: indicator.baseline_value, date: indicator.baseline_date },
      targets: indicator.targets,
    };
  }
}

/** Rows come ordered by cell (the total first), then period; cells keep that order. */
function groupByCell(rows: PointRow[]): Pick<IndicatorSeries, 'total' | 'cells'> {
  const total: SeriesPoint[] = [];
  const cells = new Map<string, IndicatorSeries['cells'][number]>();
  for (const row of rows) {
    const point: SeriesPoint = {
      period: row.period,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      value: row.value,
      cases: row.cases,
      comments: row.comments,
    };
    if (row.cell_key === '') {
      total.push(point);
      continue;
    }
    const cell = cells.get(row.cell_key) ?? { cell: row.cell, points: [] };
    cell.points.push(point);
    cells.set(row.cell_key, cell);
  }
  return { total, cells: [...cells.values()] };
}
