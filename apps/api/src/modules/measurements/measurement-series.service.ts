import { Injectable } from '@nestjs/common';
import type { IndicatorSeries, SeriesPoint } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound } from '../../common/problem/problem.exception';
import { CELL_ORDER } from './measurement-sql';
import { visibleTo } from './measurement-writes';

interface IndicatorRow {
  baseline_value: number | null;
  baseline_date: string | null;
  targets: { value: number; date: string }[];
}

interface PointRow {
  cell_key: string;
  cell: { dimension: string; value: string }[];
  period: string;
  period_start: string;
  period_end: string;
  value: number;
  cases: number | null;
  comments: { author: string; body: string }[];
}

/**
 * An indicator's approved values over time for its chart: the total and each cell, with the
 * comments members wrote on them, baseline and targets. Two statements whatever the length of
 * the series (five years of months in ten cells are 660 rows).
 */
@Injectable()
export class MeasurementSeriesService {
  constructor(private readonly sql: SqlService) {}

  async series(access: InitiativeAccess, indicatorId: string): Promise<IndicatorSeries> {
    const [indicator] = await this.sql.rows<IndicatorRow>(
      `SELECT i.baseline_value::float8 AS baseline_value, i.baseline_date::text AS baseline_date,
              coalesce((SELECT jsonb_agg(jsonb_build_object('value', t.value::float8,
                                                             'date', t.target_date::text)
                                         ORDER BY t.target_date, t.id)
                          FROM indicator_targets t WHERE t.indicator_id = i.id), '[]') AS targets
         FROM indicators i
        WHERE i.initiative_id = $1 AND i.id = $2 AND i.visibility = ANY ($3)`,
      [access.initiativeId, indicatorId, visibleTo(access)],
    );
    if (!indicator) throw notFound('The indicator');
    const rows = await this.sql.prepared<PointRow>(
      'measurement-series',
      `SELECT m.cell_key, m.period, m.period_start::text AS period_start,
              m.period_end::text AS period_end, m.value::float8 AS value, m.cases,
              coalesce((SELECT jsonb_agg(jsonb_build_object('dimension', d.name, 'value', dv.value)
                                         ORDER BY d.position, d.id)
                          FROM dimension_values dv JOIN dimensions d ON d.id = dv.dimension_id
                         WHERE dv.id = ANY (m.cell_value_ids)), '[]') AS cell,
              coalesce((SELECT jsonb_agg(jsonb_build_object('author', coalesce(u.display_name, ''),
                                                             'body', c.body)
                                         ORDER BY c.created_at, c.id)
                          FROM measurement_comments c LEFT JOIN users u ON u.id = c.author_id
                         WHERE c.measurement_id = m.id), '[]') AS comments
         FROM measurements m
        WHERE m.indicator_id = $1 AND m.status = 'approved'
        ORDER BY ${CELL_ORDER}, m.period_start`,
      [indicatorId],
    );
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
