import type { ActionPlanContent, Measure, MeasureStatus } from '@gw/shared/contracts';
import { caseFolded, inGermanOrder } from '../../common/database/collation';
import { likePattern } from '../actors/actors.queries';
import type { ListMeasuresDto } from './dto/list-measures.dto';

/** A measure as the action plan freezes it: without version, timestamp and baseline change. */
export type MeasureContent = ActionPlanContent['measures'][number];

/** A measure as read by `MEASURE_SELECT`. */
export interface MeasureRow {
  id: string;
  title: string;
  description: string;
  working_group_id: string | null;
  lead_actor_id: string | null;
  start_date: string | null;
  end_date: string | null;
  status: MeasureStatus;
  progress: number;
  notes: string;
  version: number;
  updated_at: Date;
  goal_ids: string[];
  contributing_actor_ids: string[];
  milestones: Measure['milestones'];
  resources: Measure['resources'];
  dependency_ids: string[];
  indicator_ids: string[];
}

/**
 * Measures with everything they refer to, in one statement whatever the number of rows: the
 * lists come from correlated subqueries on the link tables' (measure_id, …) keys.
 */
const MEASURE_COLUMNS = `
  m.id, m.title, m.description, m.working_group_id, m.lead_actor_id,
  m.start_date::text AS start_date, m.end_date::text AS end_date, m.status, m.progress, m.notes,
  m.version, m.updated_at,
  coalesce((SELECT array_agg(g.id ORDER BY g.position, g.id)
              FROM measure_goals mg JOIN goals g ON g.id = mg.goal_id
             WHERE mg.measure_id = m.id), '{}') AS goal_ids,
  coalesce((SELECT array_agg(a.id ORDER BY ${inGermanOrder('a.name')}, a.id)
              FROM measure_actors ma JOIN actors a ON a.id = ma.actor_id
             WHERE ma.measure_id = m.id), '{}') AS contributing_actor_ids,
  coalesce((SELECT jsonb_agg(jsonb_build_object('id', ms.id, 'title', ms.title,
                                                 'dueDate', ms.due_date::text, 'done', ms.done)
                             ORDER BY ms.position, ms.id)
              FROM measure_milestones ms WHERE ms.measure_id = m.id), '[]') AS milestones,
  coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', r.actor_id, 'eur', r.eur::float8,
                                                 'staffHours', r.staff_hours::float8,
                                                 'inKind', r.in_kind)
                             ORDER BY r.position, r.id)
              FROM measure_resources r WHERE r.measure_id = m.id), '[]') AS resources,
  coalesce((SELECT array_agg(dm.id ORDER BY ${inGermanOrder('dm.title')}, dm.id)
              FROM measure_dependencies d JOIN measures dm ON dm.id = d.depends_on_id
             WHERE d.measure_id = m.id), '{}') AS dependency_ids,
  coalesce((SELECT array_agg(i.id ORDER BY ${inGermanOrder('i.name')}, i.id)
              FROM measure_indicators mi JOIN indicators i ON i.id = mi.indicator_id
             WHERE mi.measure_id = m.id), '{}') AS indicator_ids`;

const MEASURE_SELECT = `SELECT ${MEASURE_COLUMNS} FROM measures m`;

/** The order of the action plan: by start date (undated last), then title. */
const MEASURE_ORDER = `m.start_date NULLS LAST, ${inGermanOrder('m.title')}, m.id`;

/** One measure ($2) of the initiative ($1). */
export const MEASURE_BY_ID = `${MEASURE_SELECT} WHERE m.initiative_id = $1 AND m.id = $2`;

/** Every measure of the initiative ($1), in the plan's order. */
export const MEASURES_OF_INITIATIVE = `${MEASURE_SELECT} WHERE m.initiative_id = $1 ORDER BY ${MEASURE_ORDER}`;

/** One page of the list, with the total of all pages; `where` from `measureListWhere`. */
export function measurePage(where: string, params: unknown[]): string {
  return `SELECT ${MEASURE_COLUMNS}, count(*) OVER () AS total FROM measures m
    WHERE ${where} ORDER BY ${MEASURE_ORDER}
    LIMIT $${params.length + 2} OFFSET $${params.length + 3}`;
}

/** The total of the list, for a page behind the last one. */
export const measureCount = (where: string) =>
  `SELECT count(*)::int AS total FROM measures m WHERE ${where}`;

/**
 * Locks the initiative ($1) against other dependency changes, so that two of them cannot close
 * a cycle together.
 */
export const LOCK_INITIATIVE_FOR_DEPENDENCIES =
  'SELECT 1 FROM initiatives WHERE id = $1 FOR NO KEY UPDATE';

/** The dependencies between the initiative's ($1) measures. */
export const DEPENDENCY_EDGES = `
  SELECT d.measure_id, d.depends_on_id FROM measure_dependencies d
    JOIN measures m ON m.id = d.measure_id WHERE m.initiative_id = $1`;

/** The titles of the measures ($1). */
export const MEASURE_TITLES = 'SELECT id, title FROM measures WHERE id = ANY($1::uuid[])';

/** The number of measures assigned to a working group, for the group's own SQL. */
export const measureCountOfGroup = (groupId: string) =>
  `(SELECT count(*)::int FROM measures m WHERE m.working_group_id = ${groupId})`;

export function toMeasureContent(row: MeasureRow): MeasureContent {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    goalIds: row.goal_ids,
    workingGroupId: row.working_group_id,
    leadActorId: row.lead_actor_id,
    contributingActorIds: row.contributing_actor_ids,
    startDate: row.start_date,
    endDate: row.end_date,
    milestones: row.milestones,
    status: row.status,
    progress: row.progress,
    resources: row.resources,
    dependencyIds: row.dependency_ids,
    indicatorIds: row.indicator_ids,
    notes: row.notes,
  };
}

/** The WHERE of the measure list, with its parameters ($1 is the initiative). */
export function measureListWhere(query: ListMeasuresDto): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length + 1}`;
  };
  const conditions = ['m.initiative_id = $1'];
  if (query.goalId) {
    conditions.push(
      `EXISTS (SELECT 1 FROM measure_goals fg WHERE fg.measure_id = m.id AND fg.goal_id = ${param(query.goalId)})`,
    );
  }
  if (query.workingGroupId) conditions.push(`m.working_group_id = ${param(query.workingGroupId)}`);
  if (query.status) conditions.push(`m.status = ${param(query.status)}`);
  if (query.actorId) {
    const actor = param(query.actorId);
    conditions.push(`(m.lead_actor_id = ${actor}
      OR EXISTS (SELECT 1 FROM measure_actors fa WHERE fa.measure_id = m.id AND fa.actor_id = ${actor})
      OR EXISTS (SELECT 1 FROM measure_resources fr WHERE fr.measure_id = m.id AND fr.actor_id = ${actor}))`);
  }
  if (query.q) {
    const pattern = param(likePattern(query.q));
    const matches = (text: string) => `${caseFolded(text)} LIKE ${caseFolded(`${pattern}::text`)}`;
    conditions.push(`(${matches('m.title')} OR ${matches('m.description')})`);
  }
  return { where: conditions.join(' AND '), params };
}
