import type { FieldError, GoalInput } from '@gw/shared/contracts';

export interface GoalPlan {
  /** Field errors: ids that are not goals of this initiative, or given twice. */
  errors: FieldError[];
  update: { id: string; title: string; description: string; position: number }[];
  create: { title: string; description: string; position: number }[];
  delete: string[];
}

/**
 * How to turn the stored goals into the requested list: goals with a known id are kept and
 * updated, goals without id are created, stored goals left out are deleted. Positions follow
 * the request's order, from 1.
 */
export function planGoals(existingIds: readonly string[], goals: readonly GoalInput[]): GoalPlan {
  const known = new Set(existingIds);
  const seen = new Set<string>();
  const plan: GoalPlan = { errors: [], update: [], create: [], delete: [] };
  goals.forEach((goal, index) => {
    const fields = { title: goal.title, description: goal.description ?? '', position: index + 1 };
    if (goal.id === undefined) {
      plan.create.push(fields);
    } else if (!known.has(goal.id)) {
      plan.errors.push({
        field: `goals.${index}.id`,
        message: 'id must be the id of a goal of this initiative (leave it out for a new goal)',
        code: 'unknown_goal',
      });
    } else if (seen.has(goal.id)) {
      plan.errors.push({
        field: `goals.${index}.id`,
        message: 'the same goal appears twice',
        code: 'duplicate',
      });
    } else {
      seen.add(goal.id);
      plan.update.push({ id: goal.id, ...fields });
    }
  });
  plan.delete = existingIds.filter((id) => !seen.has(id));
  return plan;
}
