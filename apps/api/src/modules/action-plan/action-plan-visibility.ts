import { type ActionPlanContent, indicatorVisibilitiesFor, type Role } from '@gw/shared/contracts';

/**
 * A baseline as a member with this role may read it: partners and observers see no internal
 * indicator, neither in the list of names nor among a measure's indicators. An indicator without
 * a frozen visibility (older baselines) counts as internal.
 */
export function actionPlanAsSeenBy(content: ActionPlanContent, role: Role): ActionPlanContent {
  const visible = new Set(indicatorVisibilitiesFor(role));
  if (visible.has('internal')) return content;
  const shown = new Set(
    content.indicators
      .filter((indicator) => indicator.visibility && visible.has(indicator.visibility))
      .map((indicator) => indicator.id),
  );
  return {
    ...content,
    measures: content.measures.map((measure) => ({
      ...measure,
      indicatorIds: measure.indicatorIds.filter((id) => shown.has(id)),
    })),
    indicators: content.indicators.filter((indicator) => shown.has(indicator.id)),
  };
}
