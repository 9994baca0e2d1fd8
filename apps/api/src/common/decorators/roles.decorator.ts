import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Role } from '@gw/shared/contracts';

export const ROLES_KEY = 'initiativeRoles';

/**
 * Restricts a route under `/initiatives/:initiativeId` to members with one of these roles.
 * Without it, every member may call the route; non-members always get 404. The OpenAPI document
 * names the roles as `x-roles`.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension('x-roles', roles));
