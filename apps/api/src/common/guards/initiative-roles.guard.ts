import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@gw/shared/contracts';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import {
  type AuthenticatedUser,
  INITIATIVE_ID_PARAM,
  type InitiativeAccess,
} from '../auth-context';
import { MEMBERSHIP_OF_USER } from '../../modules/members/members.queries';
import { SqlService } from '../database/sql.service';
import { ROLES_KEY } from '../decorators/roles.decorator';
import { notFound, ProblemException } from '../problem/problem.exception';
import { isUuid } from '../validation/uuid';

interface GuardedRequest {
  params?: Record<string, string | undefined>;
  user?: AuthenticatedUser;
  membership?: InitiativeAccess;
}

/**
 * Global guard for everything under `/initiatives/:initiativeId`: a non-member gets 404 (an id
 * reveals nothing), a member without a role named by @Roles() gets 403.
 */
@Injectable()
export class InitiativeRolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sql: SqlService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const initiativeId = request.params?.[INITIATIVE_ID_PARAM];
    if (initiativeId === undefined) {
      if (roles) throw new Error(`@Roles() on a route without :${INITIATIVE_ID_PARAM}`);
      return true;
    }
    if (!isUuid(initiativeId)) {
      throw new ProblemException(
        400,
        `The initiative id "${initiativeId.slice(0, 60)}" is not a UUID.`,
        {
          type: PROBLEM_TYPES.validation,
          errors: [{ field: INITIATIVE_ID_PARAM, message: 'initiativeId must be a UUID' }],
        },
      );
    }
    const user = request.user;
    if (!user) throw notFound('The initiative');

    const rows = await this.sql.prepared<{ id: string; role: Role }>(
      'initiative-membership',
      MEMBERSHIP_OF_USER,
      [initiativeId, user.id],
    );
    const membership = rows[0];
    if (!membership) throw notFound('The initiative');
    if (roles && !roles.includes(membership.role)) {
      throw new ProblemException(
        403,
        `This action needs one of the roles: ${roles.join(', ')}. Your role is ${membership.role}.`,
        { type: PROBLEM_TYPES.forbidden },
      );
    }
    request.membership = { initiativeId, membershipId: membership.id, role: membership.role };
    return true;
  }
}
