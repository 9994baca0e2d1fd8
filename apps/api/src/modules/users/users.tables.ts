import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const USER_TABLES: TableOwnership = {
  users: {
    readBy: [
      'actors',
      'agreements',
      'artifacts',
      'indicators',
      'invitations',
      'measurements',
      'members',
      'phases',
      'working-groups',
    ],
  },
};
