import { indicatorVisibilitiesFor, type ReportContent, type Role } from '@gw/shared/contracts';

/** A report as a member with this role may read it: partners and observers see no internal indicator. */
export function reportAsSeenBy(content: ReportContent, role: Role): ReportContent {
  const visible = new Set(indicatorVisibilitiesFor(role));
  if (visible.has('internal')) return content;
  return {
    ...content,
    goals: content.goals.map((goal) => ({
      ...goal,
      indicators: goal.indicators.filter((i) => visible.has(i.visibility)),
    })),
    corrections: content.corrections.filter((c) => visible.has(c.visibility)),
  };
}
