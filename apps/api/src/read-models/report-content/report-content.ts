import type { EntityManager } from 'typeorm';
import type {
  ReportContent,
  ReportGoal,
  ReportIndicator,
  ReportPeriodType,
} from '@gw/shared/contracts';
import { calendarDateIn } from '../../modules/indicators/collection-period';
import { indicatorStatus, nextTarget } from '../dashboard/indicator-status';
import { measureInPeriod } from './measure-in-period';
import {
  CURRENT_TOTALS,
  type CurrentTotalRow,
  type DimensionValueRow,
  FROZEN_REPORTS,
  type FrozenReportRow,
  type IndicatorRow,
  type MeasureRow,
  type MilestoneRow,
  REPORT_DIMENSION_VALUES,
  REPORT_GOALS,
  REPORT_INDICATORS,
  REPORT_MEASURES,
  REPORT_MILESTONES,
  REPORT_RESOURCES,
  REPORT_VALUES,
  type ResourceRow,
  type ValueRow,
} from './report-content.queries';

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
 * values in the period against baseline and target; measures completed, started and delayed
 * within the period (`measureInPeriod`);
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
  // One after the other: the statements share the transaction's connection.
  const goals: { id: string; title: string }[] = await manager.query(REPORT_GOALS, [initiativeId]);
  const indicators: IndicatorRow[] = await manager.query(REPORT_INDICATORS, [initiativeId]);
  const dimensionValues: DimensionValueRow[] = await manager.query(REPORT_DIMENSION_VALUES, [
    initiativeId,
  ]);
  const measures: MeasureRow[] = await manager.query(REPORT_MEASURES, [initiativeId]);
  const milestones: MilestoneRow[] = await manager.query(REPORT_MILESTONES, [
    initiativeId,
    start,
    end,
  ]);
  const resources: ResourceRow[] = await manager.query(REPORT_RESOURCES, [
    initiativeId,
    start,
    end,
  ]);
  const values: ValueRow[] = await manager.query(REPORT_VALUES, [
    indicators.map((i) => i.id),
    start,
    end,
  ]);
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

  const period = { start, end, today: calendarDateIn('Europe/Berlin', new Date()) };
  const placed = new Map(
    measures.map((m) => [
      m.id,
      measureInPeriod(
        {
          status: m.status,
          startDate: m.start_date,
          endDate: m.end_date,
          firstOpenMilestone: m.first_open_milestone,
        },
        period,
      ),
    ]),
  );
  const where = (key: 'completed' | 'started' | 'delayed') => (m: MeasureRow) =>
    placed.get(m.id)?.[key] === true;
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
        completed: own.filter(where('completed')).map(ref),
        started: own.filter(where('started')).map(ref),
        delayed: own.filter(where('delayed')).map(ref),
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
  const frozen: FrozenReportRow[] = await manager.query(FROZEN_REPORTS, [initiativeId]);
  if (frozen.length === 0) return [];
  const reported = frozen.flatMap(({ content }) =>
    content.goals.flatMap((goal) =>
      goal.indicators.flatMap((indicator) =>
        indicator.values.map((value) => ({ indicator, value, reportTitle: content.title })),
      ),
    ),
  );
  const current: CurrentTotalRow[] = await manager.query(CURRENT_TOTALS, [
    [...new Set(reported.map((r) => r.indicator.indicatorId))],
  ]);
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
