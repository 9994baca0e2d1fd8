import type { Phase, Role } from '@gw/shared/contracts';

/** An initiative in the list of the caller's initiatives, with the caller's role in it. */
export interface SummaryRow {
  id: string;
  name: string;
  municipality: string;
  phase: Phase;
  role: Role;
  created_at: Date;
  total: string;
}

/** One page of the user's initiatives, newest first. */
export const INITIATIVES_OF_USER = `
  SELECT i.id, i.name, i.municipality, i.phase, i.created_at, m.role,
         count(*) OVER () AS total
    FROM memberships m
    JOIN initiatives i ON i.id = m.initiative_id
   WHERE m.user_id = $1
   ORDER BY i.created_at DESC, i.id
   LIMIT $2 OFFSET $3`;

export const INITIATIVE_COUNT_OF_USER = `
  SELECT count(*)::int AS total FROM memberships WHERE user_id = $1`;

/** The initiative in the shape of its entity (camel-case names), for `toInitiative`. */
export const INITIATIVE_BY_ID = `
  SELECT id, name, description, target_groups AS "targetGroups",
         custom_target_groups AS "customTargetGroups", municipality, districts, owner, phase,
         approval_quorum AS "approvalQuorum",
         suppression_threshold AS "suppressionThreshold", version, created_at AS "createdAt", updated_at AS "updatedAt"
    FROM initiatives WHERE id = $1`;
