import type { InvitationStatus, Role } from '@gw/shared/contracts';

/** An invitation in the list, with its status and the inviting member's name. */
export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expires_at: Date;
  created_at: Date;
  invited_by_name: string | null;
  total: string;
}

/** The status of invitation `i`, as `invitationStatus` tells it. */
const STATUS_SQL = `CASE WHEN i.revoked_at IS NOT NULL THEN 'revoked'
                         WHEN i.accepted_at IS NOT NULL THEN 'accepted'
                         WHEN i.expires_at <= now() THEN 'expired'
                         ELSE 'pending' END`;

/** One page of the initiative's invitations, newest first, of one status ($2) or all (null). */
export const INVITATION_PAGE = `
  SELECT * FROM (
    SELECT i.id, i.email, i.role, i.expires_at, i.created_at, ${STATUS_SQL} AS status,
           u.display_name AS invited_by_name
      FROM invitations i LEFT JOIN users u ON u.id = i.invited_by
     WHERE i.initiative_id = $1) i
   WHERE $2::text IS NULL OR i.status = $2
   ORDER BY i.created_at DESC, i.id
   LIMIT $3 OFFSET $4`;

export const INVITATION_COUNT = `
  SELECT count(*) AS total FROM invitations i
   WHERE i.initiative_id = $1 AND ($2::text IS NULL OR ${STATUS_SQL} = $2)`;

/** Whether a member of the initiative ($1) has the address ($2). */
export const MEMBER_WITH_EMAIL = `
  SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.initiative_id = $1 AND u.email = $2`;

/** The invitation behind a token's hash, in the shape of its entity. */
export const INVITATION_BY_TOKEN_HASH = `
  SELECT id, initiative_id AS "initiativeId", email, role, token_hash AS "tokenHash",
         expires_at AS "expiresAt", invited_by AS "invitedBy", accepted_at AS "acceptedAt",
         accepted_by AS "acceptedBy", revoked_at AS "revokedAt", created_at AS "createdAt"
    FROM invitations WHERE token_hash = $1`;
