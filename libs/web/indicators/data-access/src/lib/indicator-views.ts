import type { CollectionPlanEntry, Goal, Indicator, IndicatorTarget } from '@gw/shared/contracts';

/** The indicators serving one goal; `goal` null for those serving none. */
export interface IndicatorGroup {
  goal: Pick<Goal, 'id' | 'title'> | null;
  indicators: Indicator[];
}

/**
 * The catalogue by goal, in the order of the goals: an indicator serving several goals appears
 * under each; the indicators without a (known) goal come last. Goals without indicators are left
 * out.
 */
export function groupByGoal(indicators: Indicator[], goals: Goal[]): IndicatorGroup[] {
  const ordered = [...goals].sort((a, b) => a.position - b.position);
  const known = new Set(ordered.map((goal) => goal.id));
  const groups: IndicatorGroup[] = ordered
    .map((goal) => ({
      goal: { id: goal.id, title: goal.title },
      indicators: indicators.filter((indicator) => indicator.goalIds.includes(goal.id)),
    }))
    .filter((group) => group.indicators.length > 0);
  const without = indicators.filter((indicator) => !indicator.goalIds.some((id) => known.has(id)));
  return without.length ? [...groups, { goal: null, indicators: without }] : groups;
}

/** The targets by date, earliest first. */
export function sortedTargets(targets: IndicatorTarget[]): IndicatorTarget[] {
  return [...targets].sort((a, b) => a.date.localeCompare(b.date));
}

/** The next target from `today` (YYYY-MM-DD) on; null when all lie in the past or none is set. */
export function nextTarget(indicator: Indicator, today: string): IndicatorTarget | null {
  return sortedTargets(indicator.targets).find((target) => target.date >= today) ?? null;
}

/** A line of the collection plan as the table shows it. */
export interface CollectionPlanRow extends CollectionPlanEntry {
  /** The due date has passed. */
  overdue: boolean;
  /** Due within the next 14 days (and not overdue). */
  dueSoon: boolean;
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number;
}

/** How many days ahead a delivery counts as due soon. */
export const DUE_SOON_DAYS = 14;

/** Marks the overdue deliveries and those due soon, relative to `today` (YYYY-MM-DD). */
export function markCollectionPlan(
  entries: CollectionPlanEntry[],
  today: string,
): CollectionPlanRow[] {
  return [...entries]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((entry) => {
      const daysLeft = daysBetween(today, entry.dueDate);
      return {
        ...entry,
        daysLeft,
        overdue: daysLeft < 0,
        dueSoon: daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS,
      };
    });
}

/** Today in the browser's time zone, as the API writes calendar dates (YYYY-MM-DD). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / 86_400_000);
}

function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}
