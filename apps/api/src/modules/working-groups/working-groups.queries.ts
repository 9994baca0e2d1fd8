import type { MemberRef, WorkingGroup } from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';
import { measureCountOfGroup } from '../measures/measures.queries';

/** A working group as read by `WORKING_GROUP_SELECT`. */
export interface WorkingGroupRow {
  id: string;
  name: string;
  mandate: string;
  lead_member_id: string | null;
  lead_name: string | null;
  members: MemberRef[];
  actor_ids: string[];
  measure_count: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Groups with their lead, members, actors and measure count, in one statement. */
const WORKING_GROUP_SELECT = `
  SELECT w.id, w.name, w.mandate, w.lead_member_id, lu.display_name AS lead_name,
         coalesce((SELECT jsonb_agg(jsonb_build_object('memberId', gm.membership_id,
                                                        'displayName', u.display_name)
                                    ORDER BY ${inGermanOrder('u.display_name')}, gm.membership_id)
                     FROM working_group_members gm
                     JOIN memberships ms ON ms.id = gm.membership_id
                     JOIN users u ON u.id = ms.user_id
                    WHERE gm.working_group_id = w.id), '[]') AS members,
         coalesce((SELECT array_agg(a.id ORDER BY ${inGermanOrder('a.name')}, a.id)
                     FROM working_group_actors ga JOIN actors a ON a.id = ga.actor_id
                    WHERE ga.working_group_id = w.id), '{}') AS actor_ids,
         ${measureCountOfGroup('w.id')} AS measure_count,
         w.version, w.created_at, w.updated_at
    FROM working_groups w
    LEFT JOIN memberships lm ON lm.id = w.lead_member_id
    LEFT JOIN users lu ON lu.id = lm.user_id`;

/** Every group of the initiative ($1), by name. */
export const WORKING_GROUPS_OF_INITIATIVE = `${WORKING_GROUP_SELECT}
  WHERE w.initiative_id = $1 ORDER BY ${inGermanOrder('w.name')}, w.id`;

/** One group ($2) of the initiative ($1). */
export const WORKING_GROUP_BY_ID = `${WORKING_GROUP_SELECT}
  WHERE w.initiative_id = $1 AND w.id = $2`;

/** Whether the membership ($2) is a member or the lead of the group ($1). */
export const BELONGS_TO_WORKING_GROUP = `
  SELECT EXISTS (SELECT 1 FROM working_group_members
                  WHERE working_group_id = $1 AND membership_id = $2)
      OR EXISTS (SELECT 1 FROM working_groups WHERE id = $1 AND lead_member_id = $2) AS belongs`;

export function toWorkingGroup(row: WorkingGroupRow): WorkingGroup {
  return {
    id: row.id,
    name: row.name,
    mandate: row.mandate,
    lead:
      row.lead_member_id && row.lead_name !== null
        ? { memberId: row.lead_member_id, displayName: row.lead_name }
        : null,
    members: row.members,
    actorIds: row.actor_ids,
    measureCount: row.measure_count,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
