import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const EXISTING_BODY_TABLES: TableOwnership = {
  existing_bodies: {},
  existing_body_members: {},
};
