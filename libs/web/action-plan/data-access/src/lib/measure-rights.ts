import {
  type Measure,
  type MeasureInput,
  type Role,
  WORKING_GROUP_MEASURE_FIELDS,
} from '@gw/shared/contracts';

/** What the signed-in user may do with a measure: everything, its progress, or only read it. */
export type MeasureAccess = 'all' | 'progress' | 'none';

/** Every field of a measure that a form edits. */
export const MEASURE_FIELDS = [
  'title',
  'description',
  'goalIds',
  'workingGroupId',
  'leadActorId',
  'contributingActorIds',
  'startDate',
  'endDate',
  'milestones',
  'status',
  'progress',
  'resources',
  'dependencyIds',
  'indicatorIds',
  'notes',
] as const satisfies readonly (keyof MeasureInput)[];
export type MeasureField = (typeof MEASURE_FIELDS)[number];

/**
 * As the API decides (measure-rights.ts there): the coordination office changes everything; a
 * working-group member the status, progress, milestones and notes of their own groups' measures;
 * everyone else reads. `measure` null: a new measure, which only coordination adds.
 */
export function measureAccess(
  role: Role | null,
  measure: Pick<Measure, 'workingGroupId'> | null,
  myGroupIds: ReadonlySet<string>,
): MeasureAccess {
  if (role === 'coordination') return 'all';
  if (role !== 'working_group' || !measure?.workingGroupId) return 'none';
  return myGroupIds.has(measure.workingGroupId) ? 'progress' : 'none';
}

/** The fields a form lets the user change. */
export function editableMeasureFields(access: MeasureAccess): readonly MeasureField[] {
  if (access === 'all') return MEASURE_FIELDS;
  if (access === 'progress') return WORKING_GROUP_MEASURE_FIELDS;
  return [];
}
