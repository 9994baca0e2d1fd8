import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { WorkingGroup } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { replaceLinks } from '../../common/database/links';
import { SqlService } from '../../common/database/sql.service';
import { assertNameFree, transactionWithUniqueName } from '../../common/database/unique-name';
import { notFound, staleVersion } from '../../common/problem/problem.exception';
import {
  assertReferences,
  listReferences,
  type ReferenceCheck,
  singleReference,
} from '../../common/validation/initiative-references';
import type { CreateWorkingGroupDto, UpdateWorkingGroupDto } from './dto/working-group.dto';
import { WorkingGroupActorEntity } from './entities/working-group-actor.entity';
import { WorkingGroupMemberEntity } from './entities/working-group-member.entity';
import { WorkingGroupEntity } from './entities/working-group.entity';
import {
  BELONGS_TO_WORKING_GROUP,
  toWorkingGroup,
  WORKING_GROUP_BY_ID,
  WORKING_GROUPS_OF_INITIATIVE,
  type WorkingGroupRow,
} from './working-groups.queries';

const WHAT = 'A working group';
const NAME_INDEX = 'working_groups_initiative_id_name_key';

@Injectable()
export class WorkingGroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /** Every working group of the initiative, by name (a short list: no pages). */
  async list(access: InitiativeAccess): Promise<WorkingGroup[]> {
    const rows = await this.sql.rows<WorkingGroupRow>(WORKING_GROUPS_OF_INITIATIVE, [
      access.initiativeId,
    ]);
    return rows.map(toWorkingGroup);
  }

  async get(access: InitiativeAccess, groupId: string): Promise<WorkingGroup> {
    return foundWorkingGroup(
      await this.sql.rows<WorkingGroupRow>(WORKING_GROUP_BY_ID, [access.initiativeId, groupId]),
    );
  }

  async create(access: InitiativeAccess, dto: CreateWorkingGroupDto): Promise<WorkingGroup> {
    const { initiativeId } = access;
    const guard = { constraint: NAME_INDEX, what: WHAT, name: dto.name };
    return transactionWithUniqueName(this.dataSource, guard, async (manager) => {
      await assertReferences(manager, initiativeId, referenceChecks(dto));
      await assertNameFree(manager, 'working_groups', initiativeId, dto.name, WHAT);
      const { identifiers } = await manager.insert(WorkingGroupEntity, {
        initiativeId,
        name: dto.name,
        mandate: dto.mandate ?? '',
        leadMemberId: dto.leadMemberId ?? null,
      });
      const id = identifiers[0]?.['id'] as string;
      await setLinks(manager, id, dto);
      return readWorkingGroup(manager, initiativeId, id);
    });
  }

  async update(
    access: InitiativeAccess,
    groupId: string,
    dto: UpdateWorkingGroupDto,
  ): Promise<WorkingGroup> {
    const { initiativeId } = access;
    const { version, memberIds, actorIds, ...fields } = dto;
    const changes: Partial<WorkingGroupEntity> = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    );
    const guard = { constraint: NAME_INDEX, what: WHAT, name: dto.name };
    return transactionWithUniqueName(this.dataSource, guard, async (manager) => {
      const group = await manager.findOne(WorkingGroupEntity, {
        where: { id: groupId, initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!group) throw notFound('The working group');
      if (group.version !== version) throw staleVersion('working group');
      await assertReferences(manager, initiativeId, referenceChecks(dto));
      if (changes.name !== undefined) {
        await assertNameFree(manager, 'working_groups', initiativeId, changes.name, WHAT, group.id);
      }
      await setLinks(manager, group.id, { memberIds, actorIds });
      // update() always increments the version, also when only the links changed.
      await manager.update(WorkingGroupEntity, { id: group.id }, changes);
      return readWorkingGroup(manager, initiativeId, group.id);
    });
  }

  /** Deletes the group; its measures stay, without a group (FK ON DELETE SET NULL). */
  async remove(access: InitiativeAccess, groupId: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(WorkingGroupEntity)
      .delete({ id: groupId, initiativeId: access.initiativeId });
    if (result.affected !== 1) throw notFound('The working group');
  }
}

export async function readWorkingGroup(
  manager: EntityManager,
  initiativeId: string,
  groupId: string,
): Promise<WorkingGroup> {
  return foundWorkingGroup(
    (await manager.query(WORKING_GROUP_BY_ID, [initiativeId, groupId])) as WorkingGroupRow[],
  );
}

function foundWorkingGroup([row]: WorkingGroupRow[]): WorkingGroup {
  if (!row) throw notFound('The working group');
  return toWorkingGroup(row);
}

/** Whether the membership is a member or the lead of the working group. */
export async function belongsToWorkingGroup(
  manager: EntityManager,
  groupId: string,
  membershipId: string,
): Promise<boolean> {
  const [row] = (await manager.query(BELONGS_TO_WORKING_GROUP, [groupId, membershipId])) as {
    belongs: boolean;
  }[];
  return row?.belongs ?? false;
}

function referenceChecks(dto: UpdateWorkingGroupDto | CreateWorkingGroupDto): ReferenceCheck[] {
  const members = {
    table: 'memberships',
    message: 'must be the id of a member (membership) of this initiative',
    code: 'not_a_member',
  } as const;
  return [
    { ...members, references: singleReference('leadMemberId', dto.leadMemberId) },
    { ...members, references: listReferences('memberIds', dto.memberIds) },
    {
      table: 'actors',
      references: listReferences('actorIds', dto.actorIds),
      message: 'actorIds must name actors of this initiative',
      code: 'unknown_actor',
    },
  ];
}

/** Replaces the members and the actors, each only when given (on create there are none yet). */
async function setLinks(
  manager: EntityManager,
  workingGroupId: string,
  links: { memberIds?: string[]; actorIds?: string[] },
): Promise<void> {
  if (links.memberIds !== undefined) {
    await replaceLinks(
      manager,
      WorkingGroupMemberEntity,
      { workingGroupId },
      links.memberIds.map((membershipId) => ({ workingGroupId, membershipId })),
    );
  }
  if (links.actorIds !== undefined) {
    await replaceLinks(
      manager,
      WorkingGroupActorEntity,
      { workingGroupId },
      links.actorIds.map((actorId) => ({ workingGroupId, actorId })),
    );
  }
}
