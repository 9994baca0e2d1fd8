import type { Role } from './role';

export interface Member {
  /** The membership's id (not the user's). */
  id: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  version: number;
  joinedAt: string;
}

export interface UpdateMemberRequest {
  role: Role;
  version: number;
}
