import type { Role } from '@gw/shared/contracts';

/** A member with the user's name and address, as the member list shows it. */
export interface MemberRow {
  id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  version: number;
  created_at: Date;
  total: string;
}

/** One page of members: by role (in the order of $2), then by name. */
export const MEMBER_PAGE = `
  SELECT m.id, m.user_id, u.email, u.display_name, m.role, m.version, m.created_at,
         count(*) OVER () AS total
    FROM memberships m
    JOIN users u ON u.id = m.user_id
   WHERE m.initiative_id = $1
   ORDER BY array_position($2::text[], m.role), lower(u.display_name), m.id
   LIMIT $3 OFFSET $4`;

export const MEMBER_COUNT = `SELECT count(*)::int AS total FROM memberships WHERE initiative_id = $1`;

export const MEMBER_BY_ID = `
  SELECT m.id, m.user_id, u.email, u.display_name, m.role, m.version, m.created_at, 1 AS total
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.initiative_id = $1 AND m.id = $2`;

/** The membership behind every request under an initiative, for the role guard. */
export const MEMBERSHIP_OF_USER =
  'SELECT id, role FROM memberships WHERE initiative_id = $1 AND user_id = $2';

export const LOCK_COORDINATORS = `
  SELECT id FROM memberships WHERE initiative_id = $1 AND role = 'coordination' FOR UPDATE`;

export const OTHER_COORDINATORS = `
  SELECT count(*)::int AS others FROM memberships
   WHERE initiative_id = $1 AND role = 'coordination' AND id <> $2`;
