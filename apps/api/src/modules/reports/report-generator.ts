import type { EntityManager } from 'typeorm';
import type {
  IndicatorDirection,
  IndicatorVisibility,
  ReportContent,
  ReportGoal,
  ReportIndicator,
  ReportPeriodType,
} from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';
import { indicatorStatus, nextTarget } from '../dashboard/indicator-status';

/** Indicators and measures that serve no goal are reported under this pseudo goal. */
export const WITHOUT_GOAL = 'without_goal';

export interface ReportTexts {
  summary: string;
  narratives: Record<string, string>;
}

export interface ReportRequestFacts {
  title: string;
  periodType: ReportPeriodType;
  periodStart: string;
  periodEnd: string;
}

interface IndicatorRow {
  id: string;
  name: string;
  unit: string;
  visibility: IndicatorVisibility;
  direction: IndicatorDirection;
  baseline_value: string | null;
  baseline_date: string | null;
  goal_ids: string[];
  targets: { value: number; date: string }[] | null;
}

interface ValueRow {
  indicator_id: string;
  period: string;
  period_end: string;
  value: string;
  cases: number | null;
  cell_value_ids: string[];
}

interface MeasureRow {
  id: string;
  title: string;
  status: string;
  start_date: string | null;
  end_date: string | null;
  goal_ids: string[];
}

interface DimensionValueRow {
  id: string;
  dimension: string;
  value: string;
  dimension_position: number;
  value_position: number;
}

/** Cells in the order of their dimensions and, within one, of the dimension's values. */
function byDimensionOrder(a: DimensionValueRow[], b: DimensionValueRow[]): number {
  const pairs = a.slice(0, b.length).map((x, i) => [x, b[i] as DimensionValueRow] as const);
  for (const [x, y] of pairs) {
    const order =
      x.dimension_position - y.dimension_position || x.value_position - y.value_position;
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

const num = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * A report's numbers for its period, generated from the data: per goal, the indicators' approved
 * values in the period against baseline and target; measures completed, started and delayed;
 * milestones reached; resources pledged to the measures running in the period; and values that
 * were corrected after an earlier report was frozen with them. The texts are kept as given.
 */
export async function generateReport(
  manager: EntityManager,
  initiativeId: string,
  facts: ReportRequestFacts,
  texts: ReportTexts,
): Promise<ReportContent> {
  const { periodStart: start, periodEnd: end } = facts;
  const [goals, indicators, dimensionValues, measures, milestones, resources] = await Promise.all([
    manager.query(`SELECT id, title FROM goals WHERE initiative_id = $1 ORDER BY position, id`, [
      initiativeId,
    ]) as Promise<{ id: string; title: string }[]>,
    manager.query(
      `SELECT i.id, i.name, i.unit, i.visibility, i.direction, i.baseline_value,
              to_char(i.baseline_date, 'YYYY-MM-DD') AS baseline_date,
              coalesce((SELECT array_agg(goal_id) FROM indicator_goals WHERE indicator_id = i.id), '{}') AS goal_ids,
              (SELECT json_agg(json_build_object('value', t.value, 'date', to_char(t.target_date, 'YYYY-MM-DD'))
                       ORDER BY t.target_date)
                 FROM indicator_targets t WHERE t.indicator_id = i.id) AS targets
         FROM indicators i WHERE i.initiative_id = $1 ORDER BY ${inGermanOrder('i.name')}, i.id`,
      [initiativeId],
    ) as Promise<IndicatorRow[]>,
    manager.query(
      `SELECT v.id, d.name AS dimension, v.value, d.position AS dimension_position,
              v.position AS value_position
         FROM dimension_values v JOIN dimensions d ON d.id = v.dimension_id WHERE d.initiative_id = $1`,
      [initiativeId],
    ) as Promise<DimensionValueRow[]>,
    manager.query(
      `SELECT m.id, m.title, m.status, to_char(m.start_date, 'YYYY-MM-DD') AS start_date,
              to_char(m.end_date, 'YYYY-MM-DD') AS end_date,
              coalesce((SELECT array_agg(goal_id) FROM measure_goals WHERE measure_id = m.id), '{}') AS goal_ids
         FROM measures m WHERE m.initiative_id = $1 ORDER BY ${inGermanOrder('m.title')}, m.id`,
      [initiativeId],
    ) as Promise<MeasureRow[]>,
    manager.query(
      `SELECT ms.measure_id, m.title AS measure_title, ms.title, to_char(ms.due_date, 'YYYY-MM-DD') AS due_date
         FROM measure_milestones ms JOIN measures m ON m.id = ms.measure_id
        WHERE m.initiative_id = $1 AND ms.done AND ms.due_date BETWEEN $2::date AND $3::date
        ORDER BY ms.due_date, ms.title`,
      [initiativeId, start, end],
    ) as Promise<{ measure_id: string; measure_title: string; title: string; due_date: string }[]>,
    manager.query(
      `SELECT a.name AS actor_name, coalesce(sum(r.eur), 0) AS eur, coalesce(sum(r.staff_hours), 0) AS staff_hours
         FROM measure_resources r
         JOIN measures m ON m.id = r.measure_id
         JOIN actors a ON a.id = r.actor_id
        WHERE m.initiative_id = $1
          AND (m.start_date IS NULL OR m.start_date <= $3::date)
          AND (m.end_date IS NULL OR m.end_date >= $2::date)
        GROUP BY a.id, a.name ORDER BY ${inGermanOrder('a.name')}`,
      [initiativeId, start, end],
    ) as Promise<{ actor_name: string; eur: string; staff_hours: string }[]>,
  ]);
  const values: ValueRow[] = await manager.query(
    `SELECT indicator_id, period, to_char(period_end, 'YYYY-MM-DD') AS period_end, value, cases, cell_value_ids
       FROM measurements
      WHERE indicator_id = ANY($1) AND status = 'approved' AND period_end BETWEEN $2::date AND $3::date
      ORDER BY period_end`,
    [indicators.map((i) => i.id), start, end],
  );
  const labels = new Map(dimensionValues.map((v) => [v.id, v]));

  const reportIndicator = (row: IndicatorRow): ReportIndicator => {
    const own = values.filter((v) => v.indicator_id === row.id);
    const totals = own.filter((v) => v.cell_value_ids.length === 0);
    const latestCellPeriod = own.filter((v) => v.cell_value_ids.length > 0).at(-1)?.period;
    const baseline = { value: num(row.baseline_value), date: row.baseline_date };
    const targets = (row.targets ?? []).map((t) => ({ value: Number(t.value), date: t.date }));
    const target = nextTarget(targets, end);
    const latest = totals.at(-1);
    return {
      indicatorId: row.id,
      name: row.name,
      unit: row.unit,
      visibility: row.visibility,
      direction: row.direction,
      baseline,
      target,
      values: totals.map((v) => ({
        period: v.period,
        periodEnd: v.period_end,
        value: Number(v.value),
        cases: v.cases,
      })),
      cells: own
        .filter((v) => v.cell_value_ids.length > 0 && v.period === latestCellPeriod)
        .map((v) => ({
          labels: v.cell_value_ids
            .map((id) => labels.get(id))
            .filter((label) => label !== undefined)
            .sort((a, b) => a.dimension_position - b.dimension_position),
          value: Number(v.value),
          cases: v.cases,
        }))
        .sort((a, b) => byDimensionOrder(a.labels, b.labels))
        .map(({ labels: cell, value, cases }) => ({
          cell: cell.map((label) => ({ dimension: label.dimension, value: label.value })),
          value,
          cases,
        })),
      cellsPeriod: latestCellPeriod ?? null,
      status: indicatorStatus({
        direction: row.direction,
        baseline,
        target,
        latest: latest ? { value: Number(latest.value), date: latest.period_end } : null,
      }).status,
    };
  };

  const inPeriod = (date: string | null) => date !== null && date >= start && date <= end;
  const goalSection = (
    goalId: string,
    title: string,
    serves: (goalIds: string[]) => boolean,
  ): ReportGoal => {
    const own = measures.filter((m) => serves(m.goal_ids));
    const ref = (m: MeasureRow) => ({ id: m.id, title: m.title });
    const ownIds = new Set(own.map((m) => m.id));
    return {
      goalId,
      title,
      indicators: indicators.filter((i) => serves(i.goal_ids)).map(reportIndicator),
      measures: {
        completed: own
          .filter((m) => m.status === 'completed' && (inPeriod(m.end_date) || m.end_date === null))
          .map(ref),
        started: own.filter((m) => inPeriod(m.start_date)).map(ref),
        delayed: own.filter((m) => m.status === 'delayed').map(ref),
      },
      milestonesReached: milestones
        .filter((ms) => ownIds.has(ms.measure_id))
        .map((ms) => ({ measureTitle: ms.measure_title, title: ms.title, dueDate: ms.due_date })),
      narrative: texts.narratives[goalId] ?? '',
    };
  };
  const goalIds = new Set(goals.map((g) => g.id));
  const sections = goals.map((goal) =>
    goalSection(goal.id, goal.title, (ids) => ids.includes(goal.id)),
  );
  const withoutGoal = goalSection(
    WITHOUT_GOAL,
    'Ohne zugeordnetes Ziel',
    (ids) => !ids.some((id) => goalIds.has(id)),
  );
  if (
    withoutGoal.indicators.length > 0 ||
    withoutGoal.measures.started.length + withoutGoal.measures.completed.length > 0
  ) {
    sections.push(withoutGoal);
  }

  return {
    title: facts.title,
    periodType: facts.periodType,
    periodStart: start,
    periodEnd: end,
    generatedAt: new Date().toISOString(),
    goals: sections,
    resources: resources.map((r) => ({
      actorName: r.actor_name,
      eur: Number(r.eur),
      staffHours: Number(r.staff_hours),
    })),
    corrections: await corrections(manager, initiativeId),
    summary: texts.summary,
  };
}

/** Values that changed after an earlier report was frozen with them (the latest three reports). */
async function corrections(
  manager: EntityManager,
  initiativeId: string,
): Promise<ReportContent['corrections']> {
  const frozen: { content: ReportContent }[] = await manager.query(
    `SELECT v.content FROM artifact_versions v JOIN artifacts a ON a.id = v.artifact_id
      WHERE a.initiative_id = $1 AND a.kind = 'impact_report' AND v.content_hash IS NOT NULL
        AND v.status IN ('in_review', 'approved', 'published')
      ORDER BY v.submitted_at DESC LIMIT 3`,
    [initiativeId],
  );
  if (frozen.length === 0) return [];
  const reported = frozen.flatMap(({ content }) =>
    content.goals.flatMap((goal) =>
      goal.indicators.flatMap((indicator) =>
        indicator.values.map((value) => ({ indicator, value, reportTitle: content.title })),
      ),
    ),
  );
  const current: { indicator_id: string; period: string; value: string }[] = await manager.query(
    `SELECT indicator_id, period, value FROM measurements
      WHERE indicator_id = ANY($1) AND status = 'approved' AND cell_key = ''`,
    [[...new Set(reported.map((r) => r.indicator.indicatorId))]],
  );
  const now = new Map(
    current.map((row) => [`${row.indicator_id}|${row.period}`, Number(row.value)]),
  );
  const seen = new Set<string>();
  return reported.flatMap(({ indicator, value, reportTitle }) => {
    const key = `${indicator.indicatorId}|${value.period}`;
    const after = now.get(key);
    if (after === undefined || after === value.value || seen.has(`${key}|${reportTitle}`))
      return [];
    seen.add(`${key}|${reportTitle}`);
    return [
      {
        indicatorId: indicator.indicatorId,
        indicatorName: indicator.name,
        visibility: indicator.visibility,
        period: value.period,
        before: value.value,
        after,
        reportTitle,
      },
    ];
  });
}
