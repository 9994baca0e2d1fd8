import { CreateUsersTable1795219200000 } from './1795219200000-create-users-table';
import { CreateRefreshTokensTable1795219200100 } from './1795219200100-create-refresh-tokens-table';
import { CreateLoginFailuresTable1795219200200 } from './1795219200200-create-login-failures-table';
import { CreateInitiativesTable1795219200300 } from './1795219200300-create-initiatives-table';
import { CreateMembershipsTable1795219200400 } from './1795219200400-create-memberships-table';
import { CreateInvitationsTable1795219200500 } from './1795219200500-create-invitations-table';

/**
 * Every migration, in order. Listed explicitly (not globbed) so that the bundled API carries
 * them; a new migration is added here in the same commit.
 */
export const MIGRATIONS = [
  CreateUsersTable1795219200000,
  CreateRefreshTokensTable1795219200100,
  CreateLoginFailuresTable1795219200200,
  CreateInitiativesTable1795219200300,
  CreateMembershipsTable1795219200400,
  CreateInvitationsTable1795219200500,
];
