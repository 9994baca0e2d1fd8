import type { ActionPlanContent } from '@gw/shared/contracts';

export type BaselineMeasure = ActionPlanContent['measures'][number];

export interface MeasureGroup {
  goal: { id: string; title: string } | null;
  measures: BaselineMeasure[];
}

/**
 * A baseline's measures under the goals they serve, in the baseline's order of goals; a measure
 * serving several goals appears under each; those serving none come last.
 */
export function measuresByGoal(content: ActionPlanContent): MeasureGroup[] {
  const known = new Set(content.goals.map((goal) => goal.id));
  const groups: MeasureGroup[] = content.goals
    .map((goal) => ({
      goal,
      measures: content.measures.filter((measure) => measure.goalIds.includes(goal.id)),
    }))
    .filter((group) => group.measures.length > 0);
  const without = content.measures.filter((m) => !m.goalIds.some((id) => known.has(id)));
  return without.length ? [...groups, { goal: null, measures: without }] : groups;
}
