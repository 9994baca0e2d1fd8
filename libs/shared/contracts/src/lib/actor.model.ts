import type { Role } from './role';
import type { UserRef } from './user.model';

/** The four areas of the core group (seed 003), and "Sonstige". */
export const ACTOR_AREAS = [
  'migration_integration',
  'work_economy',
  'social',
  'education',
  'other',
] as const;
export type ActorArea = (typeof ACTOR_AREAS)[number];

/** The areas the core group should cover, each with at least one planned member. */
export const CORE_GROUP_AREAS = [
  'migration_integration',
  'work_economy',
  'social',
  'education',
] as const;

export const ACTOR_KINDS = [
  'administration',
  'independent_provider',
  'association',
  'company',
  'foundation',
  'target_group_representation',
  'politics',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_LIMITS = {
  name: 200,
  contacts: 10,
  contactName: 200,
  contactFunction: 200,
  contactEmail: 254,
  contactPhone: 50,
  contributions: 4000,
  resources: 4000,
  website: 500,
} as const;

export interface ContactPerson {
  name: string;
  function: string;
  email: string;
  phone: string;
}

/**
 * Contact persons are personal data: only coordination and the steering group read them (in the
 * actor list and in the exported table); other members get actors without them.
 */
export function mayReadContacts(role: Role): boolean {
  return role === 'coordination' || role === 'steering';
}

/** One row of the actor table (Akteurstabelle). */
export interface Actor {
  id: string;
  name: string;
  area: ActorArea;
  kind: ActorKind;
  /** Empty for members who may not read contacts (see mayReadContacts). */
  contacts: ContactPerson[];
  /** Bestehende Kooperation */
  existingCooperation: boolean;
  /** Geplantes Mitglied der Bündnis-Kerngruppe */
  plannedCoreGroup: boolean;
  /** Mitglied erweiterter Bündnis-Foren */
  extendedForums: boolean;
  /** Notizen zu möglichen Beiträgen */
  contributions: string;
  resources: string;
  website: string;
  /** A partner of the initiative: signs the cooperation agreement. */
  isPartner: boolean;
  /** Members who represent the actor (and sign for it). */
  representatives: UserRef[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ActorInput {
  name: string;
  area: ActorArea;
  kind: ActorKind;
  contacts?: ContactPerson[];
  existingCooperation?: boolean;
  plannedCoreGroup?: boolean;
  extendedForums?: boolean;
  contributions?: string;
  resources?: string;
  website?: string;
  isPartner?: boolean;
}

export type CreateActorRequest = ActorInput;

export interface UpdateActorRequest extends Partial<ActorInput> {
  version: number;
}

export const ACTOR_SORT_FIELDS = ['name', 'area', 'kind', 'updatedAt'] as const;
export type ActorSortField = (typeof ACTOR_SORT_FIELDS)[number];

/** GET /initiatives/:id/actors query; booleans as 'true' | 'false'. */
export interface ActorListQuery {
  q?: string;
  area?: ActorArea;
  kind?: ActorKind;
  existingCooperation?: boolean;
  plannedCoreGroup?: boolean;
  extendedForums?: boolean;
  isPartner?: boolean;
  sort?: ActorSortField;
  direction?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface AddRepresentativeRequest {
  userId: string;
}

/** Per area: how many actors, planned core-group members and partners; warns on a gap. */
export interface ActorAreaSummary {
  area: ActorArea;
  actors: number;
  plannedCoreGroup: number;
  partners: number;
  /** One of the four core areas without any planned core-group member. */
  missingCoreGroupMember: boolean;
}

export const ACTOR_IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ActorImportFormat = (typeof ACTOR_IMPORT_FORMATS)[number];

/** The answer to a valid import: rows are matched to existing actors by name. */
export interface ActorImportResult {
  created: number;
  updated: number;
  /** Rows that matched an actor and changed nothing (a round trip gives only these). */
  unchanged: number;
}
