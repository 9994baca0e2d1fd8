import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity';
import { LoginFailureEntity } from '../modules/auth/entities/login-failure.entity';
import { InitiativeEntity } from '../modules/initiatives/entities/initiative.entity';
import { InvitationEntity } from '../modules/invitations/entities/invitation.entity';
import { MembershipEntity } from '../modules/members/entities/membership.entity';
import { UserEntity } from '../modules/users/entities/user.entity';

export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  LoginFailureEntity,
  InitiativeEntity,
  MembershipEntity,
  InvitationEntity,
];
