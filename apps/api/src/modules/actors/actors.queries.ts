import {
  ACTOR_AREAS,
  ACTOR_KINDS,
  type ActorArea,
  type ActorKind,
  type ContactPerson,
} from '@gw/shared/contracts';
import { caseFolded, inGermanOrder } from '../../common/database/collation';
import type { ListActorsDto } from './dto/list-actors.dto';

/**
 * The case-insensitive key of an actor name, exactly as the unique index
 * actors_initiative_id_name_key computes it; every name comparison goes through it.
 */
const nameKey = caseFolded;

/** Escapes LIKE's wildcards, so that a search for "50%" finds "50%" and not "50 Jahre". */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** An actor as read by `ACTOR_SELECT`, before its representatives are added. */
export interface ActorRow {
  id: string;
  name: string;
  area: ActorArea;
  kind: ActorKind;
  contacts: ContactPerson[];
  existing_cooperation: boolean;
  planned_core_group: boolean;
  extended_forums: boolean;
  contributions: string;
  resources: string;
  website: string;
  is_partner: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const ACTOR_COLUMNS = `a.id, a.name, a.area, a.kind, a.contacts, a.existing_cooperation,
  a.planned_core_group, a.extended_forums, a.contributions, a.resources, a.website, a.is_partner,
  a.version, a.created_at, a.updated_at`;

const ACTOR_SELECT = `SELECT ${ACTOR_COLUMNS} FROM actors a`;

const SORT_SQL = {
  name: inGermanOrder('a.name'),
  area: `array_position($AREAS::text[], a.area)`,
  kind: `array_position($KINDS::text[], a.kind)`,
  updatedAt: 'a.updated_at',
} as const;

/**
 * The WHERE and ORDER BY of the actor list, with their parameters ($1 is the initiative). The
 * search looks into contact names only for members who may read them: it would reveal them.
 */
export function actorListQuery(
  query: ListActorsDto,
  searchContacts: boolean,
): {
  where: string;
  orderBy: string;
  params: unknown[];
} {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length + 1}`;
  };
  const conditions = ['a.initiative_id = $1'];
  if (query.q) {
    const pattern = param(likePattern(query.q));
    const matches = (text: string) => `${caseFolded(text)} LIKE ${caseFolded(`${pattern}::text`)}`;
    const contacts = searchContacts
      ? ` OR EXISTS (SELECT 1 FROM jsonb_array_elements(a.contacts) c WHERE ${matches("c->>'name'")})`
      : '';
    conditions.push(`(${matches('a.name')} OR ${matches('a.contributions')}${contacts})`);
  }
  if (query.area) conditions.push(`a.area = ${param(query.area)}`);
  if (query.kind) conditions.push(`a.kind = ${param(query.kind)}`);
  const flags = [
    ['existingCooperation', 'existing_cooperation'],
    ['plannedCoreGroup', 'planned_core_group'],
    ['extendedForums', 'extended_forums'],
    ['isPartner', 'is_partner'],
  ] as const;
  for (const [field, column] of flags) {
    const value = query[field];
    if (value !== undefined) conditions.push(`a.${column} = ${param(value)}`);
  }
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  let sort: string = SORT_SQL[query.sort];
  if (sort.includes('$AREAS')) sort = sort.replace('$AREAS', param(ACTOR_AREAS));
  if (sort.includes('$KINDS')) sort = sort.replace('$KINDS', param(ACTOR_KINDS));
  const tieBreak = query.sort === 'name' ? 'a.id' : `${inGermanOrder('a.name')}, a.id`;
  return {
    where: conditions.join(' AND '),
    orderBy: `${sort} ${direction}, ${tieBreak}`,
    params,
  };
}

/** One page of the list (`actorListQuery` with `paramCount` parameters after the initiative). */
export const actorPage = (where: string, orderBy: string, paramCount: number) => `
  SELECT ${ACTOR_COLUMNS}, count(*) OVER () AS total FROM actors a
   WHERE ${where} ORDER BY ${orderBy}
   LIMIT $${paramCount + 2} OFFSET $${paramCount + 3}`;

export const actorCount = (where: string) =>
  `SELECT count(*)::int AS total FROM actors a WHERE ${where}`;

/** Per area: actors, planned core-group members and partners. */
export const AREA_SUMMARY = `
  SELECT area, count(*)::int AS actors,
         count(*) FILTER (WHERE planned_core_group)::int AS planned_core_group,
         count(*) FILTER (WHERE is_partner)::int AS partners
    FROM actors WHERE initiative_id = $1 GROUP BY area`;

export interface AreaSummaryRow {
  area: ActorArea;
  actors: number;
  planned_core_group: number;
  partners: number;
}

export const ACTOR_BY_ID = `${ACTOR_SELECT} WHERE a.initiative_id = $1 AND a.id = $2`;

/** Every actor of the initiative by name, for the export. */
export const ACTORS_BY_NAME = `${ACTOR_SELECT} WHERE a.initiative_id = $1 ORDER BY ${inGermanOrder('a.name')}, a.id`;

/** Another actor ($3 excepted) of the initiative with the name, in any case. */
export const ACTOR_NAMED = `
  SELECT 1 FROM actors
   WHERE initiative_id = $1 AND ${nameKey('name')} = ${nameKey('$2::text')} AND id <> $3`;

/** The representatives of many actors, ordered by name. */
export const REPRESENTATIVES_OF_ACTORS = `
  SELECT r.actor_id, u.id AS user_id, u.display_name
    FROM actor_representatives r
    JOIN memberships m ON m.id = r.membership_id
    JOIN users u ON u.id = m.user_id
   WHERE r.actor_id = ANY($1::uuid[])
   ORDER BY ${inGermanOrder('u.display_name')}, u.id`;

export interface RepresentativeRow {
  actor_id: string;
  user_id: string;
  display_name: string;
}

export const MEMBERSHIP_OF_USER =
  'SELECT id FROM memberships WHERE initiative_id = $1 AND user_id = $2';

/** Adds a representative; no row comes back when the member already represents the actor. */
export const ADD_REPRESENTATIVE = `
  INSERT INTO actor_representatives (actor_id, membership_id) VALUES ($1, $2)
  ON CONFLICT DO NOTHING RETURNING actor_id`;

export const REMOVE_REPRESENTATIVE = `
  DELETE FROM actor_representatives r
   USING actors a, memberships m
   WHERE r.actor_id = a.id AND r.membership_id = m.id
     AND a.id = $1 AND a.initiative_id = $2 AND m.user_id = $3`;

/** One import at a time per initiative, so that two cannot create the same actor. */
export const LOCK_INITIATIVE_FOR_IMPORT =
  'SELECT 1 FROM initiatives WHERE id = $1 FOR NO KEY UPDATE';

/** Every actor of the initiative with its name key, to match the imported rows against. */
export const ACTORS_WITH_KEYS = `
  SELECT ${ACTOR_COLUMNS}, ${nameKey('a.name')} AS key FROM actors a
   WHERE a.initiative_id = $1`;

/** The name keys of the imported names, in their order. */
export const NAME_KEYS = `SELECT ${nameKey('n')} AS key FROM unnest($1::text[]) WITH ORDINALITY AS t (n, i) ORDER BY i`;

/** The actor stops being a partner; the version moves so that open edit forms see the change. */
export const END_PARTNERSHIP = `
  UPDATE actors SET is_partner = false, version = version + 1, updated_at = now()
   WHERE id = $1 AND initiative_id = $2 AND is_partner`;
