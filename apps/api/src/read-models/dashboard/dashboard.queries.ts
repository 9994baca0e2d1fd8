import type {
  ActivityEntry,
  CollectionFrequency,
  IndicatorDirection,
  MeasureStatus,
  Phase,
  StepStatus,
} from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';

/** The initiative's change counter: a kept dashboard is current while it stands still. */
export const DASHBOARD_VERSION = 'SELECT version FROM dashboard_versions WHERE initiative_id = $1';

export interface IndicatorRow {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  frequency: CollectionFrequency;
  baseline_value: number | null;
  baseline_date: string | null;
  period: string | null;
  period_end: string | null;
  value: number | null;
  targets: { value: number; date: string }[] | null;
}

export interface ActivityRow {
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  kind: ActivityEntry['kind'];
  action: ActivityEntry['action'];
  subject: string;
  period: string | null;
}

/** The whole dashboard as one row of JSON columns: one round trip per request. */
export interface DashboardRow {
  phase: Phase | null;
  steps: { phase: Phase; status: StepStatus; count: number }[];
  measures: { status: MeasureStatus; count: number }[];
  overdue: { measure_id: string; measure_title: string; title: string; due_date: string }[];
  indicators: IndicatorRow[];
  activity: ActivityRow[];
  activity_total: number;
}

/** The rows of a query as one JSON array, in the query's order. */
const jsonRows = (query: string) => `(SELECT coalesce(json_agg(r), '[]'::json) FROM (${query}) r)`;

/** Where the activity's parameters stand in the statement that uses it. */
interface ActivityParams {
  days: string;
  visibilities: string;
}

/** Every event of the last days across artifacts, values and phase transitions, unordered. */
const activityEvents = ({ days, visibilities }: ActivityParams, limit: string | null) => {
  const since = (column: string) => `${column} > now() - make_interval(days => ${days})`;
  // Each branch is cut to the newest `limit` on its own: only those can be among the newest overall.
  // By time, subject and period (columns 1, 6, 7) as the whole list is, so that ties fall alike.
  const newest = (column: string) => (limit ? `ORDER BY ${column} DESC, 6, 7 LIMIT ${limit}` : '');
  return `
    (SELECT e.created_at AS at, e.actor_user_id AS actor_id, e.actor_name, 'artifact' AS kind,
            e.action, a.title AS subject, NULL AS period
       FROM artifact_events e JOIN artifacts a ON a.id = e.artifact_id
      WHERE a.initiative_id = $1 AND ${since('e.created_at')} ${newest('e.created_at')})
    UNION ALL
    (SELECT m.entered_at, m.entered_by, u.display_name, 'measurement', 'value_entered', i.name, m.period
       FROM measurements m JOIN indicators i ON i.id = m.indicator_id
       LEFT JOIN users u ON u.id = m.entered_by
      WHERE i.initiative_id = $1 AND i.visibility = ANY(${visibilities}) AND ${since('m.entered_at')}
      ${newest('m.entered_at')})
    UNION ALL
    (SELECT m.reviewed_at, m.reviewed_by, u.display_name, 'measurement', 'value_approved', i.name, m.period
       FROM measurements m JOIN indicators i ON i.id = m.indicator_id
       LEFT JOIN users u ON u.id = m.reviewed_by
      WHERE i.initiative_id = $1 AND i.visibility = ANY(${visibilities}) AND m.status = 'approved'
        AND m.reviewed_by IS NOT NULL AND ${since('m.reviewed_at')} ${newest('m.reviewed_at')})
    UNION ALL
    (SELECT t.proposed_at, t.proposed_by, u.display_name, 'transition', 'phase_proposed', t.to_phase, NULL
       FROM phase_transitions t LEFT JOIN users u ON u.id = t.proposed_by
      WHERE t.initiative_id = $1 AND ${since('t.proposed_at')})
    UNION ALL
    (SELECT t.decided_at, t.decided_by, u.display_name, 'transition', 'phase_decided', t.to_phase, NULL
       FROM phase_transitions t LEFT JOIN users u ON u.id = t.decided_by
      WHERE t.initiative_id = $1 AND ${since('t.decided_at')})`;
};

/** The newest `limit` events after the first `offset`, newest first. */
const activity = (params: ActivityParams, limit: string, offset: string) => `
  SELECT * FROM (${activityEvents(params, `${limit}::int + ${offset}::int`)}) activity
  -- Ties in time in a fixed order, so that pages neither repeat nor skip an entry.
  ORDER BY at DESC, kind, action, subject, period LIMIT ${limit} OFFSET ${offset}`;

/** How many events the last days hold. */
const activityCount = (params: ActivityParams) =>
  `SELECT count(*)::int FROM (${activityEvents(params, null)}) activity`;

/**
 * One page of the activity: $1 initiative, $2 days, $3 visibilities, $4 page size, $5 offset.
 * Pages of the same 30 days as the dashboard, so that they continue its list.
 */
const PAGE_PARAMS: ActivityParams = { days: '$2', visibilities: '$3' };
export const ACTIVITY_PAGE = `
  SELECT ${jsonRows(activity(PAGE_PARAMS, '$4', '$5'))} AS activity,
         (${activityCount(PAGE_PARAMS)}) AS activity_total`;

export interface ActivityPageRow {
  activity: ActivityRow[];
  activity_total: number;
}

/** Each indicator the caller sees with its latest approved total and its targets. */
const INDICATORS = `
  SELECT i.id, i.name, i.unit, i.direction, i.frequency, i.baseline_value::float8 AS baseline_value,
         to_char(i.baseline_date, 'YYYY-MM-DD') AS baseline_date,
         l.period, to_char(l.period_end, 'YYYY-MM-DD') AS period_end, l.value::float8 AS value,
         t.targets
    FROM indicators i
    -- Grouped once for all indicators: a subquery per indicator costs more than the join.
    LEFT JOIN (
      SELECT indicator_id,
             json_agg(json_build_object('value', value, 'date', to_char(target_date, 'YYYY-MM-DD'))
                      ORDER BY target_date) AS targets
        FROM indicator_targets
       WHERE indicator_id IN (SELECT id FROM indicators WHERE initiative_id = $1)
       GROUP BY indicator_id
    ) t ON t.indicator_id = i.id
    LEFT JOIN LATERAL (
      SELECT period, period_end, value FROM measurements
       WHERE indicator_id = i.id AND status = 'approved' AND cell_key = ''
       ORDER BY period_end DESC LIMIT 1
    ) l ON true
   WHERE i.initiative_id = $1 AND i.visibility = ANY($5)
   ORDER BY ${inGermanOrder('i.name')}, i.id`;

/** $1 initiative, $2 today, $3 days of activity, $4 entries shown, $5 visibilities. */
const DASHBOARD_PARAMS: ActivityParams = { days: '$3', visibilities: '$5' };

/**
 * Everything the initiative's dashboard shows in one prepared statement: the dashboard is read
 * often and benchmarked, and one round trip holds one pooled connection for a moment instead of
 * six at once.
 */
export const DASHBOARD = `
  SELECT
    (SELECT phase FROM initiatives WHERE id = $1) AS phase,
    ${jsonRows('SELECT phase, status, count(*)::int AS count FROM steps WHERE initiative_id = $1 GROUP BY phase, status')} AS steps,
    ${jsonRows('SELECT status, count(*)::int AS count FROM measures WHERE initiative_id = $1 GROUP BY status')} AS measures,
    ${jsonRows(`SELECT m.id AS measure_id, m.title AS measure_title, ms.title,
                       to_char(ms.due_date, 'YYYY-MM-DD') AS due_date
                  FROM measure_milestones ms JOIN measures m ON m.id = ms.measure_id
                 WHERE m.initiative_id = $1 AND NOT ms.done AND ms.due_date < $2::date
                   AND m.status NOT IN ('completed', 'cancelled')
                 ORDER BY ms.due_date, m.title LIMIT 20`)} AS overdue,
    ${jsonRows(INDICATORS)} AS indicators,
    ${jsonRows(activity(DASHBOARD_PARAMS, '$4', '0'))} AS activity,
    (${activityCount(DASHBOARD_PARAMS)}) AS activity_total`;
