import type { ActionPlanContent, BaselineChange, Measure } from '@gw/shared/contracts';

export type MeasureSnapshot = ActionPlanContent['measures'][number];

const sorted = (ids: string[]) => [...ids].sort();

/** Every field that can change, in a form where equal meaning gives equal text. */
const COMPARED: Record<string, (m: MeasureSnapshot) => unknown> = {
  title: (m) => m.title,
  description: (m) => m.description,
  goalIds: (m) => sorted(m.goalIds),
  workingGroupId: (m) => m.workingGroupId,
  leadActorId: (m) => m.leadActorId,
  contributingActorIds: (m) => sorted(m.contributingActorIds),
  startDate: (m) => m.startDate,
  endDate: (m) => m.endDate,
  milestones: (m) => m.milestones.map(({ title, dueDate, done }) => [title, dueDate, done]),
  status: (m) => m.status,
  progress: (m) => m.progress,
  resources: (m) =>
    m.resources
      .map(({ actorId, eur, staffHours, inKind }) => [actorId, eur, staffHours, inKind])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  dependencyIds: (m) => sorted(m.dependencyIds),
  indicatorIds: (m) => sorted(m.indicatorIds),
  notes: (m) => m.notes,
};

/** How a measure differs from its state in the baseline (null: no approved baseline yet). */
export function compareToBaseline(
  measure: MeasureSnapshot | Measure,
  baseline: Map<string, MeasureSnapshot> | null,
): BaselineChange {
  if (!baseline) return { kind: 'no_baseline', fields: [] };
  const before = baseline.get(measure.id);
  if (!before) return { kind: 'new', fields: [] };
  const fields = Object.entries(COMPARED)
    .filter(([, read]) => JSON.stringify(read(before)) !== JSON.stringify(read(measure)))
    .map(([field]) => field);
  return { kind: fields.length > 0 ? 'changed' : 'unchanged', fields };
}
