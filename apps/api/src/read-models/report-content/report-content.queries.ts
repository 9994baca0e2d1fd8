import type {
  IndicatorDirection,
  IndicatorVisibility,
  MeasureStatus,
  ReportContent,
} from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';

/** The initiative's goals, in their order: the report's sections. */
export const REPORT_GOALS = `SELECT id, title FROM goals WHERE initiative_id = $1 ORDER BY position, id`;

/** Each indicator with the goals it serves and its targets. */
export const REPORT_INDICATORS = `
  SELECT i.id, i.name, i.unit, i.visibility, i.direction, i.baseline_value,
         to_char(i.baseline_date, 'YYYY-MM-DD') AS baseline_date,
         coalesce((SELECT array_agg(goal_id) FROM indicator_goals WHERE indicator_id = i.id), '{}') AS goal_ids,
         (SELECT json_agg(json_build_object('value', t.value, 'date', to_char(t.target_date, 'YYYY-MM-DD'))
                  ORDER BY t.target_date)
            FROM indicator_targets t WHERE t.indicator_id = i.id) AS targets
    FROM indicators i WHERE i.initiative_id = $1 ORDER BY ${inGermanOrder('i.name')}, i.id`;

export interface IndicatorRow {
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

/** The labels of the cells: every value of the initiative's dimensions. */
export const REPORT_DIMENSION_VALUES = `
  SELECT v.id, d.name AS dimension, v.value, d.position AS dimension_position,
         v.position AS value_position
    FROM dimension_values v JOIN dimensions d ON d.id = v.dimension_id WHERE d.initiative_id = $1`;

export interface DimensionValueRow {
  id: string;
  dimension: string;
  value: string;
  dimension_position: number;
  value_position: number;
}

/** Each measure with the goals it serves and the due date of its earliest open milestone. */
export const REPORT_MEASURES = `
  SELECT m.id, m.title, m.status, to_char(m.start_date, 'YYYY-MM-DD') AS start_date,
         to_char(m.end_date, 'YYYY-MM-DD') AS end_date,
         (SELECT to_char(min(ms.due_date), 'YYYY-MM-DD') FROM measure_milestones ms
           WHERE ms.measure_id = m.id AND NOT ms.done) AS first_open_milestone,
         coalesce((SELECT array_agg(goal_id) FROM measure_goals WHERE measure_id = m.id), '{}') AS goal_ids
    FROM measures m WHERE m.initiative_id = $1 ORDER BY ${inGermanOrder('m.title')}, m.id`;

export interface MeasureRow {
  id: string;
  title: string;
  status: MeasureStatus;
  start_date: string | null;
  end_date: string | null;
  first_open_milestone: string | null;
  goal_ids: string[];
}

/** The milestones reached in the period. */
export const REPORT_MILESTONES = `
  SELECT ms.measure_id, m.title AS measure_title, ms.title, to_char(ms.due_date, 'YYYY-MM-DD') AS due_date
    FROM measure_milestones ms JOIN measures m ON m.id = ms.measure_id
   WHERE m.initiative_id = $1 AND ms.done AND ms.due_date BETWEEN $2::date AND $3::date
   ORDER BY ms.due_date, ms.title`;

export interface MilestoneRow {
  measure_id: string;
  measure_title: string;
  title: string;
  due_date: string;
}

/** Per actor, the resources pledged to the measures running in the period. */
export const REPORT_RESOURCES = `
  SELECT a.name AS actor_name, coalesce(sum(r.eur), 0) AS eur, coalesce(sum(r.staff_hours), 0) AS staff_hours
    FROM measure_resources r
    JOIN measures m ON m.id = r.measure_id
    JOIN actors a ON a.id = r.actor_id
   WHERE m.initiative_id = $1
     AND (m.start_date IS NULL OR m.start_date <= $3::date)
     AND (m.end_date IS NULL OR m.end_date >= $2::date)
   GROUP BY a.id, a.name ORDER BY ${inGermanOrder('a.name')}`;

export interface ResourceRow {
  actor_name: string;
  eur: string;
  staff_hours: string;
}

/** The indicators' approved values (totals and cells) of the period. */
export const REPORT_VALUES = `
  SELECT indicator_id, period, to_char(period_end, 'YYYY-MM-DD') AS period_end, value, cases, cell_value_ids
    FROM measurements
   WHERE indicator_id = ANY($1) AND status = 'approved' AND period_end BETWEEN $2::date AND $3::date
   ORDER BY period_end`;

export interface ValueRow {
  indicator_id: string;
  period: string;
  period_end: string;
  value: string;
  cases: number | null;
  cell_value_ids: string[];
}

/** The latest three reports frozen with their numbers. */
export const FROZEN_REPORTS = `
  SELECT v.content FROM artifact_versions v JOIN artifacts a ON a.id = v.artifact_id
   WHERE a.initiative_id = $1 AND a.kind = 'impact_report' AND v.content_hash IS NOT NULL
     AND v.status IN ('in_review', 'approved', 'published')
   ORDER BY v.submitted_at DESC LIMIT 3`;

export interface FrozenReportRow {
  content: ReportContent;
}

/** The approved totals of the indicators as they stand now. */
export const CURRENT_TOTALS = `
  SELECT indicator_id, period, value FROM measurements
   WHERE indicator_id = ANY($1) AND status = 'approved' AND cell_key = ''`;

export interface CurrentTotalRow {
  indicator_id: string;
  period: string;
  value: string;
}
