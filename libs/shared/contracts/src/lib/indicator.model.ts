import type { Role } from './role';
import type { MemberRef } from './step.model';

export const INDICATOR_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** How much was done, how well, is anyone better off. */
export const INDICATOR_CATEGORIES = ['how_much', 'how_well', 'better_off'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export const COLLECTION_FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type CollectionFrequency = (typeof COLLECTION_FREQUENCIES)[number];

/**
 * Who may see an indicator and its values: `internal` the initiative's core (coordination,
 * steering group, working groups); `partners` also partners and observers; `public` everyone,
 * through a published report's public link.
 */
export const INDICATOR_VISIBILITIES = ['internal', 'partners', 'public'] as const;
export type IndicatorVisibility = (typeof INDICATOR_VISIBILITIES)[number];

/**
 * The indicators a member sees: partners and observers stand outside the initiative's core and
 * see no internal indicator (nor its values); the public sees only public ones.
 */
export function indicatorVisibilitiesFor(role: Role): IndicatorVisibility[] {
  return role === 'partner' || role === 'observer'
    ? ['partners', 'public']
    : [...INDICATOR_VISIBILITIES];
}

export const INDICATOR_LIMITS = {
  name: 200,
  definition: 4000,
  unit: 50,
  dataSource: 1000,
  targets: 20,
  links: 100,
  value: 1_000_000_000_000,
} as const;

export interface IndicatorTarget {
  id: string;
  value: number;
  /** YYYY-MM-DD */
  date: string;
}

/** A gemeinsamer Erfolgsindikator. */
export interface Indicator {
  id: string;
  name: string;
  definition: string;
  unit: string;
  direction: IndicatorDirection;
  category: IndicatorCategory;
  goalIds: string[];
  baseline: { value: number | null; date: string | null };
  targets: IndicatorTarget[];
  frequency: CollectionFrequency;
  dataSource: string;
  responsibleActorId: string | null;
  /** Members who may enter values. */
  stewards: MemberRef[];
  /** Disaggregation dimensions (e.g. Stadtteil, Altersgruppe). */
  dimensionIds: string[];
  visibility: IndicatorVisibility;
  version: number;
  updatedAt: string;
}

export interface IndicatorInput {
  name: string;
  definition?: string;
  unit?: string;
  direction?: IndicatorDirection;
  category?: IndicatorCategory;
  goalIds?: string[];
  baseline?: { value: number | null; date: string | null };
  targets?: { id?: string; value: number; date: string }[];
  frequency?: CollectionFrequency;
  dataSource?: string;
  responsibleActorId?: string | null;
  /** Membership ids. */
  stewardMemberIds?: string[];
  dimensionIds?: string[];
  visibility?: IndicatorVisibility;
}

export type CreateIndicatorRequest = IndicatorInput;

export interface UpdateIndicatorRequest extends Partial<IndicatorInput> {
  version: number;
}

export const DIMENSION_LIMITS = { name: 100, value: 100, values: 100 } as const;

/** A disaggregation dimension the initiative maintains, e.g. Stadtteil with its values. */
export interface Dimension {
  id: string;
  name: string;
  values: { id: string; value: string }[];
  version: number;
}

export interface DimensionInput {
  name: string;
  /** The values in order; an existing value's id keeps it. */
  values: { id?: string; value: string }[];
}

export type CreateDimensionRequest = DimensionInput;

export interface UpdateDimensionRequest extends Partial<DimensionInput> {
  version: number;
}

export interface CollectionPlanQuery {
  /** The day the plan is for (YYYY-MM-DD); today in Germany when left out. */
  date?: string;
}

/** One line of the data collection plan: who delivers which value by when. */
export interface CollectionPlanEntry {
  indicatorId: string;
  indicatorName: string;
  frequency: CollectionFrequency;
  /** The period to deliver, e.g. `2026-Q4`, `2026-11`, `2026-H2`, `2026`. */
  period: string;
  periodStart: string;
  periodEnd: string;
  /** When the value is due: two weeks after the period ends. */
  dueDate: string;
  responsibleActorId: string | null;
  stewards: MemberRef[];
  /** Whether the due date has passed and no value for the period is there yet. */
  overdue: boolean;
}
