import {
  isCellsTotal,
  type PublicReport,
  publicSuppression,
  type ReportContent,
  type ReportIndicator,
} from '@gw/shared/contracts';

type PublicIndicator = PublicReport['goals'][number]['indicators'][number];

/**
 * The report as the public may see it: only public indicators, and no disaggregated value that
 * rests on fewer than `threshold` cases (suppressed and marked as such), so that no small group
 * of young people or refugees can be identified; nor one that the others give away (see
 * publicSuppression in the contracts).
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
  const { hidden, totalHidden } = publicSuppression(indicator, threshold);
  return {
    ...indicator,
    values: indicator.values
      .filter((v) => !(totalHidden && isCellsTotal(indicator, v.period)))
      .map(({ period, periodEnd, value }) => ({ period, periodEnd, value, cases: null })),
    cells: indicator.cells.map(({ cell, value }, index) => {
      const suppressed = hidden[index] === true;
      return { cell, value: suppressed ? null : value, suppressed };
    }),
  };
}
