import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const AUTH_TABLES: TableOwnership = {
  refresh_tokens: {},
  login_attempts: {},
};
