import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { InitiativeAccess } from '../auth-context';

/** The caller's membership in the initiative of the route, resolved by the roles guard. */
export const CurrentMembership = createParamDecorator(
  (_data: unknown, context: ExecutionContext): InitiativeAccess =>
    context.switchToHttp().getRequest<{ membership: InitiativeAccess }>().membership,
);
