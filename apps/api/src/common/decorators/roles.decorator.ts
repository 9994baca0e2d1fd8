import { SetMetadata } from '@nestjs/common';
import type { Role } from '@gw/shared/contracts';

export const ROLES_KEY = 'initiativeRoles';

/**
 * Restricts a route under `/initiatives/:initiativeId` to members with one of these roles.
 * Without it, every member may call the route; non-members always get 404.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
