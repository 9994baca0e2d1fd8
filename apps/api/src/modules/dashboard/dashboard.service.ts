import { Injectable } from '@nestjs/common';
import {
  type ActivityEntry,
  type Dashboard,
  type IndicatorDirection,
  type IndicatorSummary,
  indicatorVisibilitiesFor,
  type IndicatorVisibility,
  MEASURE_STATUSES,
  type MeasureStatus,
  PHASES,
  type Phase,
  STEP_STATUSES,
  type StepStatus,
} from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { inGermanOrder } from '../../common/database/collation';
import { SqlService } from '../../common/database/sql.service';
import { calendarDateIn } from '../indicators/collection-period';
import { userRef } from '../users/user-ref.schema';
import { indicatorStatus, nextTarget } from './indicator-status';

interface IndicatorRow {
  id: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baseline_value: number | null;
  baseline_date: string | null;
  period: string | null;
  period_end: string | null;
  value: number | null;
  targets: { value: number; date: string }[] | null;
}

interface ActivityRow {
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  kind: ActivityEntry['kind'];
  action: ActivityEntry['action'];
  subject: string;
}

/** The whole dashboard as one row of JSON columns: one round trip per request. */
interface DashboardRow {
  phase: Phase | null;
  steps: { phase: Phase; status: StepStatus; count: number }[];
  measures: { status: MeasureStatus; count: number }[];
  overdue: { measure_id: string; measure_title: string; title: string; due_date: string }[];
  indicators: IndicatorRow[];
  activity: ActivityRow[];
}

const ACTIVITY_DAYS = 30;
const ACTIVITY_LIMIT = 30;

/** The newest events of the last 30 days across artifacts, values and phase transitions. */
const ACTIVITY = `
  SELECT * FROM (
    (SELECT e.created_at AS at, e.actor_user_id AS actor_id, e.actor_name, 'artifact' AS kind,
            e.action, a.title AS subject
       FROM artifact_events e JOIN artifacts a ON a.id = e.artifact_id
      WHERE a.initiative_id = $1 AND e.created_at > now() - make_interval(days => $3)
      ORDER BY e.created_at DESC LIMIT $4)
    UNION ALL
    (SELECT m.entered_at, m.entered_by, u.display_name, 'measurement', 'value_entered', i.name || ' ' || m.period
       FROM measurements m JOIN indicators i ON i.id = m.indicator_id
       LEFT JOIN users u ON u.id = m.entered_by
      WHERE i.initiative_id = $1 AND i.visibility = ANY($5) AND m.entered_at > now() - make_interval(days => $3)
      ORDER BY m.entered_at DESC LIMIT $4)
    UNION ALL
    (SELECT m.reviewed_at, m.reviewed_by, u.display_name, 'measurement', 'value_approved', i.name || ' ' || m.period
       FROM measurements m JOIN indicators i ON i.id = m.indicator_id
       LEFT JOIN users u ON u.id = m.reviewed_by
      WHERE i.initiative_id = $1 AND i.visibility = ANY($5) AND m.status = 'approved' AND m.reviewed_by IS NOT NULL
        AND m.reviewed_at > now() - make_interval(days => $3)
      ORDER BY m.reviewed_at DESC LIMIT $4)
    UNION ALL
    (SELECT t.proposed_at, t.proposed_by, u.display_name, 'transition', 'phase_proposed', t.to_phase
       FROM phase_transitions t LEFT JOIN users u ON u.id = t.proposed_by
      WHERE t.initiative_id = $1 AND t.proposed_at > now() - make_interval(days => $3))
    UNION ALL
    (SELECT t.decided_at, t.decided_by, u.display_name, 'transition', 'phase_decided', t.to_phase
       FROM phase_transitions t LEFT JOIN users u ON u.id = t.decided_by
      WHERE t.initiative_id = $1 AND t.decided_at > now() - make_interval(days => $3))
  ) activity
  ORDER BY at DESC LIMIT $4`;

/** Each indicator the caller sees with its latest approved total and its targets. */
const INDICATORS = `
  SELECT i.id, i.name, i.unit, i.direction, i.baseline_value::float8 AS baseline_value,
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

/** The rows of a query as one JSON array, in the query's order. */
const jsonRows = (query: string) => `(SELECT coalesce(json_agg(r), '[]'::json) FROM (${query}) r)`;

/**
 * Everything the initiative's dashboard shows in one prepared statement: the dashboard is read
 * often and benchmarked, and one round trip holds one pooled connection for a moment instead of
 * six at once.
 */
const DASHBOARD = `
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
    ${jsonRows(ACTIVITY)} AS activity`;

/** Computed dashboards one API instance keeps; the oldest goes first. */
const CACHED_DASHBOARDS = 500;

@Injectable()
export class DashboardService {
  /**
   * Dashboards by initiative, what the caller may see, day and the initiative's dashboard
   * version: the database's triggers move that version with every change the dashboard shows,
   * so a kept dashboard is current for as long as its key is asked for. Two things may lag until
   * the next change or day: a renamed member's name in the activity, and an entry passing the
   * 30-day mark during the day.
   */
  private readonly cache = new Map<string, Dashboard>();

  constructor(private readonly sql: SqlService) {}

  async dashboard(access: InitiativeAccess): Promise<Dashboard> {
    const today = calendarDateIn('Europe/Berlin', new Date());
    const visibilities = indicatorVisibilitiesFor(access.role);
    const [stamp] = await this.sql.prepared<{ version: string }>(
      'dashboard-version',
      'SELECT version FROM dashboard_versions WHERE initiative_id = $1',
      [access.initiativeId],
    );
    const dashboard = () => this.compute(access.initiativeId, today, visibilities);
    if (!stamp) return dashboard();
    const key = `${access.initiativeId} ${visibilities.join(',')} ${today} ${stamp.version}`;
    const kept = this.cache.get(key);
    if (kept) return kept;
    const computed = await dashboard();
    this.cache.set(key, computed);
    if (this.cache.size > CACHED_DASHBOARDS) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return computed;
  }

  private async compute(
    initiativeId: string,
    today: string,
    visibilities: IndicatorVisibility[],
  ): Promise<Dashboard> {
    const [row] = await this.sql.prepared<DashboardRow>('dashboard', DASHBOARD, [
      initiativeId,
      today,
      ACTIVITY_DAYS,
      ACTIVITY_LIMIT,
      visibilities,
    ]);
    if (!row) throw new Error('The dashboard query returned no row');

    const byStatus = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<
      MeasureStatus,
      number
    >;
    for (const measure of row.measures) byStatus[measure.status] = measure.count;
    return {
      phase: row.phase ?? 'initiierung',
      steps: PHASES.map((phase) => {
        const counts = Object.fromEntries(STEP_STATUSES.map((status) => [status, 0])) as Record<
          StepStatus,
          number
        >;
        for (const step of row.steps.filter((s) => s.phase === phase))
          counts[step.status] = step.count;
        return { phase, counts };
      }),
      measures: { byStatus, total: Object.values(byStatus).reduce((sum, n) => sum + n, 0) },
      overdueMilestones: row.overdue.map((milestone) => ({
        measureId: milestone.measure_id,
        measureTitle: milestone.measure_title,
        title: milestone.title,
        dueDate: milestone.due_date,
      })),
      indicators: row.indicators.map((indicator) => summarize(indicator, today)),
      activity: row.activity.map((entry) => ({
        at: new Date(entry.at).toISOString(),
        actor: userRef(entry.actor_id, entry.actor_name),
        kind: entry.kind,
        action: entry.action,
        subject: entry.subject,
      })),
    };
  }
}

function summarize(row: IndicatorRow, today: string): IndicatorSummary {
  const baseline = {
    value: row.baseline_value,
    date: row.baseline_date,
  };
  const latest =
    row.period && row.period_end && row.value !== null
      ? { period: row.period, periodEnd: row.period_end, value: row.value }
      : null;
  const targets = (row.targets ?? []).map((t) => ({ value: Number(t.value), date: t.date }));
  const target = nextTarget(targets, latest?.periodEnd ?? today);
  const { status, expected } = indicatorStatus({
    direction: row.direction,
    baseline,
    target,
    latest: latest ? { value: latest.value, date: latest.periodEnd } : null,
  });
  return {
    indicatorId: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    latest,
    baseline,
    nextTarget: target,
    expected,
    status,
  };
}
