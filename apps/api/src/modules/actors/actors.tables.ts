import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const ACTOR_TABLES: TableOwnership = {
  actors: {},
  actor_representatives: {},
};
