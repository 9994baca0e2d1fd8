import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BODY_TYPES, type ExistingBody } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, staleVersion } from '../../common/problem/problem.exception';
import { invalidFields } from '../../common/validation/field-problem';
import type { CreateExistingBodyDto, UpdateExistingBodyDto } from './dto/existing-body.dto';
import { ExistingBodyMemberEntity } from './entities/existing-body-member.entity';
import { ExistingBodyEntity } from './entities/existing-body.entity';
import {
  BODIES_OF_INITIATIVE,
  BODY_BY_ID,
  type BodyRow,
  OWN_ACTORS,
} from './existing-bodies.queries';

@Injectable()
export class ExistingBodiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /** Every body of the initiative, by type (as BODY_TYPES lists them), then by name. */
  async list(access: InitiativeAccess): Promise<ExistingBody[]> {
    const rows = await this.sql.rows<BodyRow>(BODIES_OF_INITIATIVE, [
      access.initiativeId,
      BODY_TYPES,
    ]);
    return rows.map(toBody);
  }

  async get(access: InitiativeAccess, bodyId: string): Promise<ExistingBody> {
    return this.read(this.dataSource.manager, access.initiativeId, bodyId);
  }

  async create(access: InitiativeAccess, dto: CreateExistingBodyDto): Promise<ExistingBody> {
    return this.dataSource.transaction(async (manager) => {
      const memberActorIds = dto.memberActorIds ?? [];
      await assertOwnActors(manager, access.initiativeId, memberActorIds);
      const { identifiers } = await manager.insert(ExistingBodyEntity, {
        initiativeId: access.initiativeId,
        name: dto.name,
        type: dto.type,
        notes: dto.notes ?? '',
      });
      const id = identifiers[0]?.['id'] as string;
      await setMembers(manager, id, memberActorIds);
      return this.read(manager, access.initiativeId, id);
    });
  }

  async update(
    access: InitiativeAccess,
    bodyId: string,
    dto: UpdateExistingBodyDto,
  ): Promise<ExistingBody> {
    const { version, memberActorIds, ...fields } = dto;
    const changes: Partial<ExistingBodyEntity> = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    );
    return this.dataSource.transaction(async (manager) => {
      const body = await manager.findOne(ExistingBodyEntity, {
        where: { id: bodyId, initiativeId: access.initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!body) throw notFound('The body');
      if (body.version !== version) throw staleVersion('body');
      if (memberActorIds !== undefined) {
        await assertOwnActors(manager, access.initiativeId, memberActorIds);
        await manager.delete(ExistingBodyMemberEntity, { bodyId: body.id });
        await setMembers(manager, body.id, memberActorIds);
      }
      // update() always increments the version, also when only the members changed.
      await manager.update(ExistingBodyEntity, { id: body.id }, changes);
      return this.read(manager, access.initiativeId, body.id);
    });
  }

  async remove(access: InitiativeAccess, bodyId: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(ExistingBodyEntity)
      .delete({ id: bodyId, initiativeId: access.initiativeId });
    if (result.affected !== 1) throw notFound('The body');
  }

  private async read(
    manager: EntityManager,
    initiativeId: string,
    bodyId: string,
  ): Promise<ExistingBody> {
    const [row] = (await manager.query(BODY_BY_ID, [initiativeId, bodyId])) as BodyRow[];
    if (!row) throw notFound('The body');
    return toBody(row);
  }
}

/** Only actors of the same initiative can be members of its bodies. */
async function assertOwnActors(manager: EntityManager, initiativeId: string, actorIds: string[]) {
  if (actorIds.length === 0) return;
  const rows: { id: string }[] = await manager.query(OWN_ACTORS, [initiativeId, actorIds]);
  const own = new Set(rows.map((row) => row.id));
  const errors = actorIds.flatMap((id, index) =>
    own.has(id)
      ? []
      : [
          {
            field: `memberActorIds.${index}`,
            message: 'memberActorIds must name actors of this initiative',
            code: 'unknown_actor',
          },
        ],
  );
  if (errors.length > 0) throw invalidFields(errors);
}

async function setMembers(manager: EntityManager, bodyId: string, actorIds: string[]) {
  if (actorIds.length === 0) return;
  await manager.insert(
    ExistingBodyMemberEntity,
    actorIds.map((actorId) => ({ bodyId, actorId })),
  );
}

function toBody(row: BodyRow): ExistingBody {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    memberActorIds: row.member_actor_ids,
    notes: row.notes,
    version: row.version,
  };
}
