import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const DASHBOARD_TABLES: TableOwnership = {
  dashboard_versions: {},
};
