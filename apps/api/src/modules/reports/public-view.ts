import type { PublicReport, ReportContent, ReportIndicator } from '@gw/shared/contracts';
import { suppressCells } from './cell-suppression';

type PublicIndicator = PublicReport['goals'][number]['indicators'][number];

/** Units of rates and amounts: their values are not head counts. */
const NOT_A_COUNT =
  /%|prozent|quote|rate|anteil|€|eur|euro|std|stunden|tage|jahre|minuten|durchschnitt|ø/i;

/**
 * Whether a disaggregated value could identify people: it rests on fewer than `threshold`
 * cases, or (with no number of cases given) it is itself a count below the threshold.
 */
export function isSmallCell(
  value: number,
  cases: number | null,
  unit: string,
  threshold: number,
): boolean {
  if (cases !== null) return cases < threshold;
  return !NOT_A_COUNT.test(unit) && Number.isInteger(value) && value < threshold;
}

/**
 * The report as the public may see it: only public indicators, and no disaggregated value that
 * rests on fewer than `threshold` cases (suppressed and marked as such), so that no small group
 * of young people or refugees can be identified; nor one that the others give away (see
 * suppressCells).
 */
export function publicView(
  content: ReportContent,
  meta: { initiativeName: string; publishedAt: string; contentHash: string },
  threshold: number,
): PublicReport {
  return {
    initiativeName: meta.initiativeName,
    title: content.title,
    periodStart: content.periodStart,
    periodEnd: content.periodEnd,
    publishedAt: meta.publishedAt,
    contentHash: meta.contentHash,
    suppressionThreshold: threshold,
    summary: content.summary,
    goals: content.goals.map((goal) => ({
      ...goal,
      indicators: goal.indicators
        .filter((indicator) => indicator.visibility === 'public')
        .map((indicator) => publicIndicator(indicator, threshold)),
    })),
  };
}

/**
 * One indicator with its cells suppressed. The cells add up to the total of their period; in
 * reports frozen before that period was kept, any total may be it, so all count (and go, if the
 * total has to be hidden).
 */
function publicIndicator(indicator: ReportIndicator, threshold: number): PublicIndicator {
  const ofCellsPeriod = (period: string) =>
    indicator.cellsPeriod === undefined || period === indicator.cellsPeriod;
  const { hidden, totalHidden } = suppressCells(
    indicator.cells.map(({ cell, value, cases }) => ({
      cell,
      value,
      small: isSmallCell(value, cases, indicator.unit, threshold),
    })),
    indicator.values.some((v) => ofCellsPeriod(v.period)),
  );
  return {
    ...indicator,
    values: indicator.values
      .filter((v) => !(totalHidden && ofCellsPeriod(v.period)))
      .map(({ period, periodEnd, value }) => ({ period, periodEnd, value, cases: null })),
    cells: indicator.cells.map(({ cell, value }, index) => {
      const suppressed = hidden[index] === true;
      return { cell, value: suppressed ? null : value, suppressed };
    }),
  };
}
