import type { Role } from '@gw/shared/contracts';

/** The caller, as read from a valid access token. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
}

/** The caller's membership in the initiative a route addresses. */
export interface InitiativeAccess {
  initiativeId: string;
  membershipId: string;
  role: Role;
}

export const INITIATIVE_ID_PARAM = 'initiativeId';
