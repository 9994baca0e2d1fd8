import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import {
  type Invitation,
  type InvitationAccepted,
  type InvitationCreated,
  type InvitationPreview,
  type InvitationStatus,
  type Page,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException } from '../../common/problem/problem.exception';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { randomToken, sha256 } from '../auth/token.service';
import { InitiativesService } from '../initiatives/initiatives.service';
import { MailService } from '../mail/mail.service';
import { MembersService } from '../members/members.service';
import type { CreateInvitationDto } from './dto/create-invitation.dto';
import type { ListInvitationsDto } from './dto/list-invitations.dto';
import { InvitationEntity } from './entities/invitation.entity';
import { invitationMail } from './invitation.mail';
import {
  INVITATION_BY_TOKEN_HASH,
  INVITATION_COUNT,
  INVITATION_PAGE,
  type InvitationRow,
  MEMBER_WITH_EMAIL,
} from './invitations.queries';

export const INVITATION_TTL_DAYS = 14;

export function invitationStatus(invitation: InvitationEntity, now = new Date()): InvitationStatus {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.expiresAt <= now) return 'expired';
  return 'pending';
}

const alreadyMember = () =>
  new ProblemException(409, 'This person is already a member of the initiative.', {
    type: PROBLEM_TYPES.alreadyMember,
  });

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly initiatives: InitiativesService,
    private readonly members: MembersService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates an invitation (replacing a pending one for the same address) and mails its link. */
  async create(
    access: InitiativeAccess,
    dto: CreateInvitationDto,
    inviter: AuthenticatedUser,
  ): Promise<InvitationCreated> {
    const token = randomToken();
    const { invitation, initiativeName } = await this.dataSource.transaction(async (manager) => {
      const name = await this.initiatives.nameOf(access.initiativeId, manager);
      const member: unknown[] = await manager.query(MEMBER_WITH_EMAIL, [
        access.initiativeId,
        dto.email,
      ]);
      if (member.length > 0) throw alreadyMember();
      await manager.update(
        InvitationEntity,
        {
          initiativeId: access.initiativeId,
          email: dto.email,
          acceptedAt: IsNull(),
          revokedAt: IsNull(),
        },
        { revokedAt: () => 'now()' },
      );
      const created = await manager.save(
        manager.create(InvitationEntity, {
          initiativeId: access.initiativeId,
          email: dto.email,
          role: dto.role,
          tokenHash: sha256(token),
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000),
          invitedBy: inviter.id,
        }),
      );
      return { invitation: created, initiativeName: name };
    });

    const acceptUrl = `${this.config.publicUrl}/invitations/${token}`;
    await this.mail.send(
      invitationMail({
        to: invitation.email,
        initiativeName,
        inviterName: inviter.displayName,
        role: invitation.role,
        acceptUrl,
        expiresAt: invitation.expiresAt,
      }),
    );
    return {
      id: invitation.id,
      token,
      expiresAt: invitation.expiresAt.toISOString(),
      email: invitation.email,
      role: invitation.role,
      acceptUrl,
    };
  }

  async list(access: InitiativeAccess, query: ListInvitationsDto): Promise<Page<Invitation>> {
    const rows = await this.sql.rows<InvitationRow>(INVITATION_PAGE, [
      access.initiativeId,
      query.status ?? null,
      query.pageSize,
      query.offset,
    ]);
    const [{ total }] = await this.sql.rows<{ total: string }>(INVITATION_COUNT, [
      access.initiativeId,
      query.status ?? null,
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        email: row.email,
        role: row.role,
        status: row.status,
        expiresAt: row.expires_at.toISOString(),
        createdAt: row.created_at.toISOString(),
        invitedBy: row.invited_by_name ?? '',
      })),
      total: Number(total),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async revoke(access: InitiativeAccess, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOneBy(InvitationEntity, {
        id: invitationId,
        initiativeId: access.initiativeId,
      });
      if (!invitation) throw notFound('The invitation');
      if (invitation.acceptedAt) {
        throw new ProblemException(
          409,
          'The invitation was already accepted; remove the member instead.',
          {
            type: PROBLEM_TYPES.invitationUsed,
          },
        );
      }
      await manager.update(
        InvitationEntity,
        { id: invitation.id, revokedAt: IsNull() },
        { revokedAt: () => 'now()' },
      );
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.findByToken(token);
    return {
      initiativeName: await this.initiatives.nameOf(invitation.initiativeId),
      role: invitation.role,
      email: invitation.email,
      status: invitationStatus(invitation),
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** Turns the invitation into a membership for the logged-in user it was sent to. */
  async accept(token: string, user: AuthenticatedUser): Promise<InvitationAccepted> {
    const invitation = await this.findByToken(token);
    assertAcceptable(invitation, user);
    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager.update(
        InvitationEntity,
        {
          id: invitation.id,
          acceptedAt: IsNull(),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        { acceptedAt: () => 'now()', acceptedBy: user.id },
      );
      if (claimed.affected !== 1) throw invitationUsed();
      if (await this.members.isMember(manager, invitation.initiativeId, user.id)) {
        throw alreadyMember();
      }
      await this.members.add(manager, invitation.initiativeId, user.id, invitation.role);
      return { initiativeId: invitation.initiativeId, role: invitation.role };
    });
  }

  private async findByToken(token: string): Promise<InvitationEntity> {
    const [invitation] = await this.sql.rows<InvitationEntity>(INVITATION_BY_TOKEN_HASH, [
      sha256(token),
    ]);
    if (!invitation) throw notFound('The invitation');
    return invitation;
  }
}

const invitationUsed = () =>
  new ProblemException(409, 'This invitation has already been used.', {
    type: PROBLEM_TYPES.invitationUsed,
  });

function assertAcceptable(invitation: InvitationEntity, user: AuthenticatedUser): void {
  switch (invitationStatus(invitation)) {
    case 'revoked':
      throw new ProblemException(
        410,
        'This invitation was withdrawn. Ask the coordination office for a new one.',
        {
          type: PROBLEM_TYPES.invitationRevoked,
        },
      );
    case 'accepted':
      throw invitationUsed();
    case 'expired':
      throw new ProblemException(
        410,
        'This invitation has expired. Ask the coordination office for a new one.',
        {
          type: PROBLEM_TYPES.invitationExpired,
        },
      );
    case 'pending':
      break;
  }
  if (invitation.email !== user.email.toLowerCase()) {
    throw new ProblemException(
      403,
      'This invitation was sent to a different e-mail address. Log in with that address to accept it.',
      { type: PROBLEM_TYPES.invitationForeign },
    );
  }
}
