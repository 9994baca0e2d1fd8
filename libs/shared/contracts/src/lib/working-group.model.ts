import type { MemberRef } from './step.model';

export const WORKING_GROUP_LIMITS = {
  name: 200,
  mandate: 4000,
  members: 100,
  actors: 200,
} as const;

/** An Arbeitsgruppe: its members work on the measures assigned to it. */
export interface WorkingGroup {
  id: string;
  name: string;
  mandate: string;
  lead: MemberRef | null;
  members: MemberRef[];
  /** Participating actors (of the actor table). */
  actorIds: string[];
  measureCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface WorkingGroupInput {
  name: string;
  mandate?: string;
  /** A membership id of this initiative. */
  leadMemberId?: string | null;
  /** Membership ids of this initiative. */
  memberIds?: string[];
  actorIds?: string[];
}

export type CreateWorkingGroupRequest = WorkingGroupInput;

export interface UpdateWorkingGroupRequest extends Partial<WorkingGroupInput> {
  version: number;
}
