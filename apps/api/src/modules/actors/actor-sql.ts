import { ACTOR_AREAS, ACTOR_KINDS, type UserRef } from '@gw/shared/contracts';
import type { EntityManager } from 'typeorm';
import { caseFolded, inGermanOrder } from '../../common/database/collation';
import type { ListActorsDto } from './dto/list-actors.dto';

/**
 * The case-insensitive key of an actor name, exactly as the unique index
 * actors_initiative_id_name_key computes it; every name comparison goes through it.
 */
export const nameKey = caseFolded;

/** Escapes LIKE's wildcards, so that a search for "50%" finds "50%" and not "50 Jahre". */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

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

/** The representatives of many actors in one query, by actor id, ordered by name. */
export async function loadRepresentatives(
  manager: EntityManager,
  actorIds: readonly string[],
): Promise<Map<string, UserRef[]>> {
  const byActor = new Map<string, UserRef[]>(actorIds.map((id) => [id, []]));
  if (actorIds.length === 0) return byActor;
  const rows: { actor_id: string; user_id: string; display_name: string }[] = await manager.query(
    `SELECT r.actor_id, u.id AS user_id, u.display_name
       FROM actor_representatives r
       JOIN memberships m ON m.id = r.membership_id
       JOIN users u ON u.id = m.user_id
      WHERE r.actor_id = ANY($1::uuid[])
      ORDER BY ${inGermanOrder('u.display_name')}, u.id`,
    [actorIds],
  );
  for (const row of rows) {
    byActor.get(row.actor_id)?.push({ userId: row.user_id, displayName: row.display_name });
  }
  return byActor;
}
