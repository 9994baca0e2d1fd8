import type { Goal, Measure, WorkingGroup } from '@gw/shared/contracts';
import type { MeasureGrouping } from '@gw/web/action-plan/data-access';

/** One group of measures; `id` null is the group of those without a goal or working group. */
export interface MeasureGroup {
  id: string | null;
  /** The goal's title or the group's name; null for the group without. */
  label: string | null;
  measures: Measure[];
}

/**
 * Measures by goal (a measure serving two goals is in both, in the order of the goals) or by
 * working group (by name); those without come last. Groups without measures are left out.
 */
export function groupMeasures(
  measures: readonly Measure[],
  grouping: MeasureGrouping,
  goals: readonly Goal[],
  workingGroups: readonly WorkingGroup[],
): MeasureGroup[] {
  const keys = (measure: Measure): (string | null)[] => {
    if (grouping === 'workingGroup') return [measure.workingGroupId];
    const known = measure.goalIds.filter((id) => goals.some((goal) => goal.id === id));
    return known.length > 0 ? known : [null];
  };
  const order: { id: string; label: string }[] =
    grouping === 'goal'
      ? [...goals]
          .sort((a, b) => a.position - b.position)
          .map((goal) => ({ id: goal.id, label: goal.title }))
      : workingGroups.map((group) => ({ id: group.id, label: group.name }));
  const byKey = new Map<string | null, Measure[]>();
  for (const measure of measures) {
    for (const key of keys(measure)) byKey.set(key, [...(byKey.get(key) ?? []), measure]);
  }
  const groups: MeasureGroup[] = order
    .filter((entry) => byKey.has(entry.id))
    .map((entry) => ({ id: entry.id, label: entry.label, measures: byKey.get(entry.id) ?? [] }));
  // A working group deleted meanwhile, or unknown for another reason, counts as none.
  const rest = [...byKey.entries()]
    .filter(([key]) => key === null || !order.some((entry) => entry.id === key))
    .flatMap(([, items]) => items);
  if (rest.length > 0) groups.push({ id: null, label: null, measures: rest });
  return groups;
}
