import type { BodyType } from '@gw/shared/contracts';
import { inGermanOrder } from '../../common/database/collation';

export interface BodyRow {
  id: string;
  name: string;
  type: BodyType;
  notes: string;
  version: number;
  member_actor_ids: string[];
}

/** Bodies with their member actors (ordered by the actors' names), in one statement. */
const BODY_SELECT = `
  SELECT b.id, b.name, b.type, b.notes, b.version,
         coalesce((SELECT array_agg(a.id ORDER BY ${inGermanOrder('a.name')}, a.id)
                     FROM existing_body_members bm JOIN actors a ON a.id = bm.actor_id
                    WHERE bm.body_id = b.id), '{}') AS member_actor_ids
    FROM existing_bodies b`;

/** Every body of the initiative, by type (in the order of $2), then by name. */
export const BODIES_OF_INITIATIVE = `${BODY_SELECT} WHERE b.initiative_id = $1
  ORDER BY array_position($2::text[], b.type), ${inGermanOrder('b.name')}, b.id`;

export const BODY_BY_ID = `${BODY_SELECT} WHERE b.initiative_id = $1 AND b.id = $2`;

/** Which of the actor ids ($2) belong to the initiative ($1). */
export const OWN_ACTORS = 'SELECT id FROM actors WHERE initiative_id = $1 AND id = ANY($2::uuid[])';
