import type { FieldError } from '@gw/shared/contracts';

/** How to turn stored child rows into a requested list (milestones, targets, values). */
export interface KeyedListPlan<T> {
  /** Ids that are not rows of this parent, or appear twice. */
  errors: FieldError[];
  update: (T & { id: string; position: number })[];
  create: (T & { position: number })[];
  delete: string[];
}

/**
 * Replace semantics for a list of child rows: items with a known id are kept and updated, items
 * without id are created, stored rows left out are deleted. Positions follow the request's
 * order, from 1. `field` names the list in error paths (`milestones.2.id`).
 */
export function planKeyedList<T extends { id?: string }>(
  existingIds: readonly string[],
  items: readonly T[],
  field: string,
  what: string,
): KeyedListPlan<Omit<T, 'id'>> {
  const known = new Set(existingIds);
  const seen = new Set<string>();
  const plan: KeyedListPlan<Omit<T, 'id'>> = { errors: [], update: [], create: [], delete: [] };
  items.forEach((item, index) => {
    const { id, ...fields } = item;
    const positioned = { ...fields, position: index + 1 };
    if (id === undefined) {
      plan.create.push(positioned);
    } else if (!known.has(id)) {
      plan.errors.push({
        field: `${field}.${index}.id`,
        message: `id must be the id of a ${what} of this record (leave it out for a new one)`,
        code: `unknown_${what.replace(/\s+/g, '_')}`,
      });
    } else if (seen.has(id)) {
      plan.errors.push({
        field: `${field}.${index}.id`,
        message: `the same ${what} appears twice`,
        code: 'duplicate',
      });
    } else {
      seen.add(id);
      plan.update.push({ ...positioned, id });
    }
  });
  plan.delete = existingIds.filter((id) => !seen.has(id));
  return plan;
}
