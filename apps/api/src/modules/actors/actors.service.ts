import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import {
  type Actor,
  type ActorAreaSummary,
  mayReadContacts,
  type Page,
  PROBLEM_TYPES,
  type Role,
  type UserRef,
} from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import {
  ACTOR_BY_ID,
  ACTOR_NAMED,
  actorCount,
  actorListQuery,
  actorPage,
  type ActorRow,
  AREA_SUMMARY,
  type AreaSummaryRow,
  END_PARTNERSHIP,
  REPRESENTATIVES_OF_ACTORS,
  type RepresentativeRow,
} from './actors.queries';
import { summarizeAreas } from './actor-summary';
import type { CreateActorDto, UpdateActorDto } from './dto/actor.dto';
import type { ListActorsDto } from './dto/list-actors.dto';
import { ActorEntity } from './entities/actor.entity';

export const nameTaken = (name: string) =>
  new ProblemException(
    409,
    `An actor named "${name}" already exists in this initiative (names are compared regardless of case).`,
    {
      type: PROBLEM_TYPES.duplicateName,
      errors: [{ field: 'name', message: 'name is already taken', code: 'duplicate' }],
    },
  );

/** Whether an error is the unique index on actor names. */
export function isNameConflict(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { constraint?: string } | undefined)?.constraint ===
      'actors_initiative_id_name_key'
  );
}

/** The actor as a member with this role may read it: contacts only for mayReadContacts. */
const asSeenBy = (actor: Actor, role: Role): Actor =>
  mayReadContacts(role) ? actor : { ...actor, contacts: [] };

@Injectable()
export class ActorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /** One page of actors, filtered, searched and sorted, each with its representatives. */
  async list(access: InitiativeAccess, query: ListActorsDto): Promise<Page<Actor>> {
    const { where, orderBy, params } = actorListQuery(query, mayReadContacts(access.role));
    const page = await this.sql.rows<ActorRow & { total: string }>(
      actorPage(where, orderBy, params.length),
      [access.initiativeId, ...params, query.pageSize, query.offset],
    );
    const total = page[0] ? Number(page[0].total) : await this.count(access, where, params, query);
    const representatives = await loadRepresentatives(
      this.dataSource.manager,
      page.map((row) => row.id),
    );
    return {
      items: page.map((row) =>
        asSeenBy(toActor(row, representatives.get(row.id) ?? []), access.role),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(access: InitiativeAccess, actorId: string): Promise<Actor> {
    return asSeenBy(
      await readActor(this.dataSource.manager, access.initiativeId, actorId),
      access.role,
    );
  }

  /** Per area: actors, planned core-group members and partners, with the core-group warning. */
  async summary(access: InitiativeAccess): Promise<ActorAreaSummary[]> {
    const rows = await this.sql.rows<AreaSummaryRow>(AREA_SUMMARY, [access.initiativeId]);
    return summarizeAreas(
      rows.map((row) => ({
        area: row.area,
        actors: row.actors,
        plannedCoreGroup: row.planned_core_group,
        partners: row.partners,
      })),
    );
  }

  async create(access: InitiativeAccess, dto: CreateActorDto): Promise<Actor> {
    return this.withNameGuard(dto.name, (manager) =>
      this.insert(manager, access.initiativeId, dto),
    );
  }

  async update(access: InitiativeAccess, actorId: string, dto: UpdateActorDto): Promise<Actor> {
    const { version, ...fields } = dto;
    const changes: Partial<ActorEntity> = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    );
    return this.withNameGuard(dto.name, async (manager) => {
      const actor = await manager.findOne(ActorEntity, {
        where: { id: actorId, initiativeId: access.initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!actor) throw notFound('The actor');
      if (actor.version !== version) throw staleVersion('actor');
      if (changes.name !== undefined) {
        await assertNameFree(manager, access.initiativeId, changes.name, actor.id);
      }
      await manager.update(ActorEntity, { id: actor.id }, changes);
      return readActor(manager, access.initiativeId, actor.id);
    });
  }

  /**
   * Deletes the actor with its representatives and body memberships. Signatures and signatory
   * lists keep the actor's name (their FKs are ON DELETE SET NULL).
   */
  async remove(access: InitiativeAccess, actorId: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(ActorEntity)
      .delete({ id: actorId, initiativeId: access.initiativeId });
    if (result.affected !== 1) throw notFound('The actor');
  }

  /** Inserts an actor whose input is valid; used by create and by the import. */
  async insert(manager: EntityManager, initiativeId: string, dto: CreateActorDto): Promise<Actor> {
    await assertNameFree(manager, initiativeId, dto.name);
    const { identifiers } = await manager.insert(ActorEntity, { ...dto, initiativeId });
    return readActor(manager, initiativeId, identifiers[0]?.['id'] as string);
  }

  /**
   * Ends an actor's partnership when its signature is withdrawn (in the agreement's transaction):
   * later signature rounds no longer wait for it.
   */
  async endPartnership(
    manager: EntityManager,
    initiativeId: string,
    actorId: string,
  ): Promise<void> {
    await manager.query(END_PARTNERSHIP, [actorId, initiativeId]);
  }

  /** Runs a write in a transaction and turns a name clash that slipped past the check into 409. */
  private async withNameGuard<T>(
    name: string | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isNameConflict(error)) throw nameTaken(name ?? '');
      throw error;
    }
  }

  private async count(
    access: InitiativeAccess,
    where: string,
    params: unknown[],
    query: ListActorsDto,
  ): Promise<number> {
    if (query.offset === 0) return 0;
    const [{ total }] = await this.sql.rows<{ total: number }>(actorCount(where), [
      access.initiativeId,
      ...params,
    ]);
    return total;
  }
}

export async function readActor(
  manager: EntityManager,
  initiativeId: string,
  actorId: string,
): Promise<Actor> {
  const [row] = (await manager.query(ACTOR_BY_ID, [initiativeId, actorId])) as ActorRow[];
  if (!row) throw notFound('The actor');
  const representatives = await loadRepresentatives(manager, [row.id]);
  return toActor(row, representatives.get(row.id) ?? []);
}

async function assertNameFree(
  manager: EntityManager,
  initiativeId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const rows: unknown[] = await manager.query(ACTOR_NAMED, [
    initiativeId,
    name,
    exceptId ?? '00000000-0000-0000-0000-000000000000',
  ]);
  if (rows.length > 0) throw nameTaken(name);
}

/** The representatives of many actors in one query, by actor id, ordered by name. */
async function loadRepresentatives(
  manager: EntityManager,
  actorIds: readonly string[],
): Promise<Map<string, UserRef[]>> {
  const byActor = new Map<string, UserRef[]>(actorIds.map((id) => [id, []]));
  if (actorIds.length === 0) return byActor;
  const rows = (await manager.query(REPRESENTATIVES_OF_ACTORS, [actorIds])) as RepresentativeRow[];
  for (const row of rows) {
    byActor.get(row.actor_id)?.push({ userId: row.user_id, displayName: row.display_name });
  }
  return byActor;
}

export function toActor(row: ActorRow, representatives: UserRef[]): Actor {
  return {
    id: row.id,
    name: row.name,
    area: row.area,
    kind: row.kind,
    contacts: row.contacts,
    existingCooperation: row.existing_cooperation,
    plannedCoreGroup: row.planned_core_group,
    extendedForums: row.extended_forums,
    contributions: row.contributions,
    resources: row.resources,
    website: row.website,
    isPartner: row.is_partner,
    representatives,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
