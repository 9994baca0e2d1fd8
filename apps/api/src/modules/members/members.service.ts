import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Member, type Page, PROBLEM_TYPES, type Role, ROLES } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import type { UpdateMemberDto } from './dto/update-member.dto';
import { MembershipEntity } from './entities/membership.entity';
import {
  LOCK_COORDINATORS,
  MEMBER_BY_ID,
  MEMBER_COUNT,
  MEMBER_PAGE,
  type MemberRow,
  OTHER_COORDINATORS,
} from './members.queries';

const lastCoordinator = () =>
  new ProblemException(
    409,
    'An initiative always keeps at least one coordination member. Give another member the coordination role first.',
    { type: PROBLEM_TYPES.lastCoordinator },
  );

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /** Members ordered by role (coordination first), then by name. */
  async list(access: InitiativeAccess, query: PageQueryDto): Promise<Page<Member>> {
    const rows = await this.sql.rows<MemberRow>(MEMBER_PAGE, [
      access.initiativeId,
      ROLES,
      query.pageSize,
      query.offset,
    ]);
    return {
      items: rows.map(toMember),
      total: rows[0] ? Number(rows[0].total) : await this.count(access.initiativeId, query.offset),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Makes the user a member with the role, in the caller's transaction: the creator of an
   * initiative, or the addressee of an accepted invitation.
   */
  async add(
    manager: EntityManager,
    initiativeId: string,
    userId: string,
    role: Role,
  ): Promise<void> {
    await manager.insert(MembershipEntity, { initiativeId, userId, role });
  }

  /** Whether the user is already a member, read in the caller's transaction. */
  async isMember(manager: EntityManager, initiativeId: string, userId: string): Promise<boolean> {
    return manager.existsBy(MembershipEntity, { initiativeId, userId });
  }

  async changeRole(
    access: InitiativeAccess,
    memberId: string,
    dto: UpdateMemberDto,
  ): Promise<Member> {
    await this.dataSource.transaction(async (manager) => {
      const member = await this.lockForChange(manager, access.initiativeId, memberId);
      if (member.version !== dto.version) throw staleVersion('membership');
      if (member.role === 'coordination' && dto.role !== 'coordination') {
        await this.assertAnotherCoordinator(manager, access.initiativeId, memberId);
      }
      member.role = dto.role;
      await manager.save(member);
    });
    return this.get(access.initiativeId, memberId);
  }

  async remove(access: InitiativeAccess, memberId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const member = await this.lockForChange(manager, access.initiativeId, memberId);
      if (member.role === 'coordination') {
        await this.assertAnotherCoordinator(manager, access.initiativeId, memberId);
      }
      await manager.delete(MembershipEntity, { id: member.id });
    });
  }

  /**
   * Locks the initiative's coordination rows and the member's own row, so that two coordinators
   * demoting each other at the same moment cannot leave the initiative without one.
   */
  private async lockForChange(manager: EntityManager, initiativeId: string, memberId: string) {
    await manager.query(LOCK_COORDINATORS, [initiativeId]);
    const member = await manager.findOne(MembershipEntity, {
      where: { id: memberId, initiativeId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!member) throw notFound('The member');
    return member;
  }

  private async assertAnotherCoordinator(
    manager: EntityManager,
    initiativeId: string,
    memberId: string,
  ) {
    const [{ others }] = (await manager.query(OTHER_COORDINATORS, [initiativeId, memberId])) as {
      others: number;
    }[];
    if (others === 0) throw lastCoordinator();
  }

  private async get(initiativeId: string, memberId: string): Promise<Member> {
    const [row] = await this.sql.rows<MemberRow>(MEMBER_BY_ID, [initiativeId, memberId]);
    if (!row) throw notFound('The member');
    return toMember(row);
  }

  private async count(initiativeId: string, offset: number): Promise<number> {
    if (offset === 0) return 0;
    const [{ total }] = await this.sql.rows<{ total: number }>(MEMBER_COUNT, [initiativeId]);
    return total;
  }
}

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    version: row.version,
    joinedAt: row.created_at.toISOString(),
  };
}
