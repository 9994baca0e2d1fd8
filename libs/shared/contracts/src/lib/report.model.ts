import type { IndicatorStatus } from './dashboard.model';
import type { IndicatorVisibility } from './indicator.model';

export const REPORT_PERIOD_TYPES = ['quarter', 'half_year', 'year', 'custom'] as const;
export type ReportPeriodType = (typeof REPORT_PERIOD_TYPES)[number];

export const REPORT_LIMITS = { title: 200, narrative: 20_000 } as const;

export interface CreateReportRequest {
  periodType: ReportPeriodType;
  /** YYYY-MM-DD; for quarter, half_year and year the period containing this date is used. */
  periodStart: string;
  /** Only for `custom`. */
  periodEnd?: string;
  title?: string;
}

/** An indicator's numbers in the report's period, frozen with the report. */
export interface ReportIndicator {
  indicatorId: string;
  name: string;
  unit: string;
  visibility: IndicatorVisibility;
  direction: 'higher_is_better' | 'lower_is_better';
  baseline: { value: number | null; date: string | null };
  target: { value: number; date: string } | null;
  /** Approved values of the periods inside the report's period. */
  values: { period: string; periodEnd: string; value: number; cases: number | null }[];
  /** The latest disaggregated values in the period. */
  cells: { cell: { dimension: string; value: string }[]; value: number; cases: number | null }[];
  /** The period of `cells` (null without cells; absent in reports frozen before it was kept). */
  cellsPeriod?: string | null;
  status: IndicatorStatus;
}

export interface ReportGoal {
  goalId: string;
  title: string;
  indicators: ReportIndicator[];
  measures: {
    completed: { id: string; title: string }[];
    started: { id: string; title: string }[];
    delayed: { id: string; title: string }[];
  };
  milestonesReached: { measureTitle: string; title: string; dueDate: string }[];
  /** Written by coordination and working groups. */
  narrative: string;
}

/** The content of an impact_report version. */
export interface ReportContent {
  title: string;
  periodType: ReportPeriodType;
  periodStart: string;
  periodEnd: string;
  generatedAt: string;
  goals: ReportGoal[];
  resources: { actorName: string; eur: number; staffHours: number }[];
  /** Values corrected after an earlier report was frozen with them. */
  corrections: {
    indicatorId: string;
    indicatorName: string;
    visibility: IndicatorVisibility;
    period: string;
    before: number;
    after: number;
    reportTitle: string;
  }[];
  summary: string;
}

/** What may be edited in a report draft: the texts; the numbers come from the data. */
export interface UpdateReportTextsRequest {
  summary?: string;
  narratives?: { goalId: string; narrative: string }[];
  version: number;
}

export interface PublicLink {
  token: string;
  url: string;
  createdAt: string;
}

/**
 * Whether a report version has a live public link, since when and how often it was opened (page
 * and PDF together). The link itself is never shown again: only its hash is stored.
 */
export type PublicLinkStatus =
  | { live: false }
  | { live: true; createdAt: string; openedCount: number; lastOpenedAt: string | null };

/**
 * A report as the public sees it: only public indicators, small cells suppressed, and further
 * cells (or the total of the cells' period, then left out of `values`) so that no suppressed
 * value can be computed from the others.
 */
export interface PublicReport {
  initiativeName: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  publishedAt: string;
  contentHash: string;
  /** Disaggregated values resting on fewer cases than this are suppressed. */
  suppressionThreshold: number;
  summary: string;
  goals: (Omit<ReportGoal, 'indicators'> & {
    indicators: (Omit<ReportIndicator, 'cells'> & {
      cells: {
        cell: { dimension: string; value: string }[];
        value: number | null;
        suppressed: boolean;
      }[];
    })[];
  })[];
}

/** Two reports, indicator by indicator, period against period. */
export interface ReportComparison {
  a: { artifactId: string; title: string; periodStart: string; periodEnd: string };
  b: { artifactId: string; title: string; periodStart: string; periodEnd: string };
  indicators: {
    indicatorId: string;
    name: string;
    unit: string;
    a: number | null;
    b: number | null;
    change: number | null;
  }[];
}
