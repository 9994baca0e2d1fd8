import type { EntityManager } from 'typeorm';
import { type ActionPlanContent, indicatorVisibilitiesFor, type Role } from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';
import type { MeasureSnapshot } from './baseline-compare';

/**
 * A baseline: every measure, plus the names of the goals, working groups, actors and indicators
 * it refers to, so that the frozen document still reads right when those are renamed later.
 */
export async function takeActionPlanSnapshot(
  manager: EntityManager,
  initiativeId: string,
  measures: MeasureSnapshot[],
): Promise<ActionPlanContent> {
  const actorIds = [
    ...new Set(
      measures.flatMap((m) => [
        ...(m.leadActorId ? [m.leadActorId] : []),
        ...m.contributingActorIds,
        ...m.resources.map((r) => r.actorId),
      ]),
    ),
  ];
  const indicatorIds = [...new Set(measures.flatMap((m) => m.indicatorIds))];
  const [goals, workingGroups, actors, indicators] = await Promise.all([
    manager.query(`SELECT id, title FROM goals WHERE initiative_id = $1 ORDER BY position, id`, [
      initiativeId,
    ]),
    manager.query(
      `SELECT id, name FROM working_groups WHERE initiative_id = $1 ORDER BY ${inGermanOrder('name')}, id`,
      [initiativeId],
    ),
    manager.query(
      `SELECT id, name FROM actors WHERE id = ANY($1) ORDER BY ${inGermanOrder('name')}, id`,
      [actorIds],
    ),
    manager.query(
      `SELECT id, name, unit, visibility FROM indicators WHERE id = ANY($1) ORDER BY ${inGermanOrder('name')}, id`,
      [indicatorIds],
    ),
  ]);
  return { measures, goals, workingGroups, actors, indicators } as ActionPlanContent;
}

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
