import type { IndicatorVisibility } from './indicator.model';
import type { Measure } from './measure.model';

/** A baseline of the action plan: every measure as it stood, with the names it refers to. */
export interface ActionPlanContent {
  measures: Omit<Measure, 'version' | 'updatedAt' | 'baselineChange'>[];
  goals: { id: string; title: string }[];
  workingGroups: { id: string; name: string }[];
  actors: { id: string; name: string }[];
  /**
   * `visibility` is frozen with the baseline; baselines frozen before it was recorded lack it,
   * and their indicators count as internal (partners and observers do not see them).
   */
  indicators: { id: string; name: string; unit: string; visibility?: IndicatorVisibility }[];
}

/** The living plan against its last approved baseline. */
export interface ActionPlanStatus {
  artifactId: string;
  /** The last approved baseline, if any. */
  baseline: { number: number; contentHash: string; approvedAt: string } | null;
  /** Measures in the baseline that no longer exist. */
  removedSinceBaseline: { id: string; title: string }[];
  measureCount: number;
}
