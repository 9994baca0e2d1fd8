import type { Role } from './role';

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface CreateInvitationRequest {
  email: string;
  role: Role;
}

/** The answer to creating an invitation: the only time the token is shown. */
export interface InvitationCreated {
  id: string;
  token: string;
  expiresAt: string;
  email: string;
  role: Role;
  /** The link to send, also mailed (or logged when no SMTP server is set). */
  acceptUrl: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: string;
}

/** What the holder of an invitation link may see before accepting it. */
export interface InvitationPreview {
  initiativeName: string;
  role: Role;
  email: string;
  status: InvitationStatus;
  expiresAt: string;
}

export interface InvitationAccepted {
  initiativeId: string;
  role: Role;
}
