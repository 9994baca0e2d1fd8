import { type Role, WORKING_GROUP_MEASURE_FIELDS } from '@gw/shared/contracts';

const ALLOWED: readonly string[] = WORKING_GROUP_MEASURE_FIELDS;

export interface MeasureEdit {
  role: Role;
  /** The fields the request changes (without `version`). */
  fields: readonly string[];
  /** The working group the measure belongs to, if any. */
  workingGroupId: string | null;
  /** Whether the caller is a member (or the lead) of that working group. */
  memberOfGroup: boolean;
}

/**
 * Why the caller may not make this change to a measure, or null when they may. Coordination
 * changes everything; a working-group member only `status`, `progress`, `milestones` and
 * `notes`, and only on the measures of their own working groups.
 */
export function measureEditRefusal(edit: MeasureEdit): string | null {
  if (edit.role === 'coordination') return null;
  if (edit.role !== 'working_group') {
    return 'Only the coordination office and the members of its working group may change a measure.';
  }
  if (edit.workingGroupId === null) {
    return 'This measure belongs to no working group, so only the coordination office may change it.';
  }
  if (!edit.memberOfGroup) {
    return 'This measure belongs to a working group you are not a member of. You may change only the measures of your own working groups.';
  }
  const forbidden = edit.fields.filter((field) => !ALLOWED.includes(field));
  if (forbidden.length > 0) {
    return `As a member of a working group you may change only ${ALLOWED.join(', ')} of a measure, not ${forbidden.join(', ')}. The coordination office changes the rest.`;
  }
  return null;
}
