import { Injectable } from '@nestjs/common';
import {
  type ActivityEntry,
  type Dashboard,
  DASHBOARD_ACTIVITY_SHOWN,
  type IndicatorSummary,
  indicatorVisibilitiesFor,
  type IndicatorVisibility,
  MEASURE_STATUSES,
  type MeasureStatus,
  type Page,
  PHASES,
  STEP_STATUSES,
  type StepStatus,
} from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { calendarDateIn } from '../../modules/indicators/collection-period';
import { userRef } from '../../modules/users/user-ref.schema';
import {
  ACTIVITY_PAGE,
  type ActivityPageRow,
  type ActivityRow,
  DASHBOARD,
  DASHBOARD_VERSION,
  type DashboardRow,
  type IndicatorRow,
} from './dashboard.queries';
import { indicatorStatus, isOutdated, nextTarget } from './indicator-status';

const ACTIVITY_DAYS = 30;

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
      DASHBOARD_VERSION,
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
      DASHBOARD_ACTIVITY_SHOWN,
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
      activity: row.activity.map(toActivityEntry),
      activityTotal: row.activity_total,
    };
  }

  /** A page of the last 30 days' activity the caller may see; the dashboard shows the first. */
  async activity(
    access: InitiativeAccess,
    page: { page: number; pageSize: number; offset: number },
  ): Promise<Page<ActivityEntry>> {
    const [row] = await this.sql.prepared<ActivityPageRow>('dashboard-activity', ACTIVITY_PAGE, [
      access.initiativeId,
      ACTIVITY_DAYS,
      indicatorVisibilitiesFor(access.role),
      page.pageSize,
      page.offset,
    ]);
    return {
      items: (row?.activity ?? []).map(toActivityEntry),
      total: row?.activity_total ?? 0,
      page: page.page,
      pageSize: page.pageSize,
    };
  }
}

function toActivityEntry(entry: ActivityRow): ActivityEntry {
  return {
    at: new Date(entry.at).toISOString(),
    actor: userRef(entry.actor_id, entry.actor_name),
    kind: entry.kind,
    action: entry.action,
    subject: entry.subject,
    ...(entry.period === null ? {} : { period: entry.period }),
  };
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
    frequency: row.frequency,
    latest,
    outdated: latest !== null && isOutdated(row.frequency, latest.periodEnd, today),
    baseline,
    nextTarget: target,
    expected,
    status,
  };
}
