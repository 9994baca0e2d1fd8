import type { CollectionPlanEntry, Indicator } from '@gw/shared/contracts';
import { addDays, dueDateOf, missingPeriods, periodContaining } from './collection-period';
import type { DeliveredPeriodsRow } from './indicators-measured-values.queries';

const byGermanName = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** How many years back a delivered value can matter to the periods the plan looks back on. */
export const DELIVERED_YEARS = 5;

/** The earliest period end whose value can matter on `day`. */
export const deliveredSince = (day: string) => addDays(day, -366 * DELIVERED_YEARS);

/**
 * The collection plan on a day: per indicator the past periods still without a value (overdue
 * once their due date has passed), then the period that contains the day; by due date, then name.
 */
export function collectionPlan(
  indicators: Indicator[],
  delivered: DeliveredPeriodsRow[],
  day: string,
): CollectionPlanEntry[] {
  const byId = new Map(delivered.map((row) => [row.id, row]));
  return indicators
    .flatMap((indicator) => {
      const row = byId.get(indicator.id);
      const missing = row
        ? missingPeriods(indicator.frequency, row.since, new Set(row.measured), day)
        : [];
      return [...missing, periodContaining(indicator.frequency, day)].map((period) => {
        const dueDate = dueDateOf(period);
        return {
          indicatorId: indicator.id,
          indicatorName: indicator.name,
          frequency: indicator.frequency,
          period: period.key,
          periodStart: period.start,
          periodEnd: period.end,
          dueDate,
          responsibleActorId: indicator.responsibleActorId,
          stewards: indicator.stewards,
          overdue: dueDate < day,
        };
      });
    })
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        byGermanName.compare(a.indicatorName, b.indicatorName),
    );
}
