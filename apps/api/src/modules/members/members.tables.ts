import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const MEMBER_TABLES: TableOwnership = {
  memberships: {
    readBy: [
      'actors',
      'agreements',
      'artifacts',
      'indicators',
      'initiatives',
      'invitations',
      'phases',
      'working-groups',
    ],
  },
};
