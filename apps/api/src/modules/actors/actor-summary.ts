import {
  ACTOR_AREAS,
  type ActorArea,
  type ActorAreaSummary,
  CORE_GROUP_AREAS,
} from '@gw/shared/contracts';

export interface AreaCounts {
  area: ActorArea;
  actors: number;
  plannedCoreGroup: number;
  partners: number;
}

/**
 * One entry per area, in the order of ACTOR_AREAS (areas without actors count zero); a core
 * area without a planned core-group member is flagged, because the core group should cover all
 * four areas (shared/domain.md).
 */
export function summarizeAreas(counts: readonly AreaCounts[]): ActorAreaSummary[] {
  const core: readonly ActorArea[] = CORE_GROUP_AREAS;
  return ACTOR_AREAS.map((area) => {
    const found = counts.find((count) => count.area === area);
    const summary = {
      area,
      actors: found?.actors ?? 0,
      plannedCoreGroup: found?.plannedCoreGroup ?? 0,
      partners: found?.partners ?? 0,
    };
    return {
      ...summary,
      missingCoreGroupMember: core.includes(area) && summary.plannedCoreGroup === 0,
    };
  });
}
