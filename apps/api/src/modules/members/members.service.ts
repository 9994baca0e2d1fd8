import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Member, type Page, PROBLEM_TYPES, type Role, ROLES } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import type { UpdateMemberDto } from './dto/update-member.dto';
import { MembershipEntity } from './entities/membership.entity';

interface MemberRow {
  id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  version: number;
  created_at: Date;
  total: string;
}

const lastCoordinator = () =>
  new ProblemException(
    409,
    'An initiative always keeps at least one coordination member. Give another member the coordination role first.',
    { type: PROBLEM_TYPES.lastCoordinator },
  );

@Injectable()
export class MembersService {
  constructor(private readonly dataSource: DataSource) {}

  /** Members ordered by role (coordination first), then by name. */
  async list(access: InitiativeAccess, query: PageQueryDto): Promise<Page<Member>> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT m.id, m.user_id, u.email, u.display_name, m.role, m.version, m.created_at,
              count(*) OVER () AS total
         FROM memberships m
         JOIN users u ON u.id = m.user_id
        WHERE m.initiative_id = $1
        ORDER BY array_position($2::text[], m.role), lower(u.display_name), m.id
        LIMIT $3 OFFSET $4`,
      [access.initiativeId, ROLES, query.pageSize, query.offset],
    );
    return {
      items: rows.map(toMember),
      total: rows[0] ? Number(rows[0].total) : await this.count(access.initiativeId, query.offset),
      page: query.page,
      pageSize: query.pageSize,
    };
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
    await manager.query(
      `SELECT id FROM memberships WHERE initiative_id = $1 AND role = 'coordination' FOR UPDATE`,
      [initiativeId],
    );
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
    const others = await manager
      .createQueryBuilder(MembershipEntity, 'm')
      .where('m.initiativeId = :initiativeId', { initiativeId })
      .andWhere("m.role = 'coordination'")
      .andWhere('m.id <> :memberId', { memberId })
      .getCount();
    if (others === 0) throw lastCoordinator();
  }

  private async get(initiativeId: string, memberId: string): Promise<Member> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT m.id, m.user_id, u.email, u.display_name, m.role, m.version, m.created_at, 1 AS total
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.initiative_id = $1 AND m.id = $2`,
      [initiativeId, memberId],
    );
    if (!rows[0]) throw notFound('The member');
    return toMember(rows[0]);
  }

  private async count(initiativeId: string, offset: number): Promise<number> {
    if (offset === 0) return 0;
    return this.dataSource.getRepository(MembershipEntity).countBy({ initiativeId });
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
