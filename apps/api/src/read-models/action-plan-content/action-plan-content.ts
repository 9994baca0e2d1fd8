import type { EntityManager } from 'typeorm';
import type { ActionPlanContent } from '@gw/shared/contracts';
import type { MeasureSnapshot } from '../../modules/artifacts/baseline-compare';
import {
  BASELINE_ACTORS,
  BASELINE_GOALS,
  BASELINE_INDICATORS,
  BASELINE_WORKING_GROUPS,
} from './action-plan-content.queries';

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
  // One after the other: the statements share the transaction's connection.
  const goals: ActionPlanContent['goals'] = await manager.query(BASELINE_GOALS, [initiativeId]);
  const workingGroups: ActionPlanContent['workingGroups'] = await manager.query(
    BASELINE_WORKING_GROUPS,
    [initiativeId],
  );
  const actors: ActionPlanContent['actors'] = await manager.query(BASELINE_ACTORS, [actorIds]);
  const indicators: ActionPlanContent['indicators'] = await manager.query(BASELINE_INDICATORS, [
    indicatorIds,
  ]);
  return { measures, goals, workingGroups, actors, indicators };
}
