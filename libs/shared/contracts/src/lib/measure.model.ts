/** geplant, laufend, abgeschlossen, verzögert, abgebrochen */
export const MEASURE_STATUSES = [
  'planned',
  'running',
  'completed',
  'delayed',
  'cancelled',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_LIMITS = {
  title: 200,
  description: 8000,
  notes: 4000,
  milestones: 50,
  milestoneTitle: 200,
  resources: 100,
  inKind: 1000,
  links: 200,
  eur: 100_000_000,
  staffHours: 1_000_000,
} as const;

export interface Milestone {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  dueDate: string;
  done: boolean;
}

/** What one actor pledges to a measure. */
export interface ResourcePledge {
  actorId: string;
  eur: number | null;
  staffHours: number | null;
  inKind: string;
}

/** How a measure differs from the last approved baseline of the action plan. */
export interface BaselineChange {
  kind: 'no_baseline' | 'new' | 'changed' | 'unchanged';
  /** The fields that differ, e.g. `status`, `endDate`, `milestones`. */
  fields: string[];
}

/** A Maßnahme of the action plan. */
export interface Measure {
  id: string;
  title: string;
  description: string;
  /** The goals (of the shared goal) it serves. */
  goalIds: string[];
  workingGroupId: string | null;
  leadActorId: string | null;
  contributingActorIds: string[];
  /** YYYY-MM-DD */
  startDate: string | null;
  endDate: string | null;
  milestones: Milestone[];
  status: MeasureStatus;
  /** 0–100 */
  progress: number;
  resources: ResourcePledge[];
  /** Measures this one depends on. */
  dependencyIds: string[];
  indicatorIds: string[];
  notes: string;
  version: number;
  updatedAt: string;
  baselineChange: BaselineChange;
}

export interface MilestoneInput {
  /** An existing milestone's id keeps it; without id it is new. */
  id?: string;
  title: string;
  dueDate: string;
  done?: boolean;
}

export interface MeasureInput {
  title: string;
  description?: string;
  goalIds?: string[];
  workingGroupId?: string | null;
  leadActorId?: string | null;
  contributingActorIds?: string[];
  startDate?: string | null;
  endDate?: string | null;
  milestones?: MilestoneInput[];
  status?: MeasureStatus;
  progress?: number;
  resources?: ResourcePledge[];
  dependencyIds?: string[];
  indicatorIds?: string[];
  notes?: string;
}

export type CreateMeasureRequest = MeasureInput;

/**
 * Coordination may change every field; a member of the measure's working group only `status`,
 * `progress`, `milestones` and `notes`.
 */
export interface UpdateMeasureRequest extends Partial<MeasureInput> {
  version: number;
}

/** The fields a working-group member may change on the measures of their own groups. */
export const WORKING_GROUP_MEASURE_FIELDS = ['status', 'progress', 'milestones', 'notes'] as const;

export interface MeasureListQuery {
  goalId?: string;
  workingGroupId?: string;
  status?: MeasureStatus;
  actorId?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}
