import type { PublicReport, ReportContent } from '@gw/shared/contracts';

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
 * of young people or refugees can be identified.
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
        .map((indicator) => ({
          ...indicator,
          values: indicator.values.map(({ period, periodEnd, value }) => ({
            period,
            periodEnd,
            value,
            cases: null,
          })),
          cells: indicator.cells.map(({ cell, value, cases }) => {
            const suppressed = isSmallCell(value, cases, indicator.unit, threshold);
            return { cell, value: suppressed ? null : value, suppressed };
          }),
        })),
    })),
  };
}
