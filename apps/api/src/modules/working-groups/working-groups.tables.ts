import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const WORKING_GROUP_TABLES: TableOwnership = {
  working_groups: {},
  working_group_members: {},
  working_group_actors: {},
};
