import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const MEASUREMENT_TABLES: TableOwnership = {
  measurements: {},
  measurement_comments: {},
  measurement_revisions: {},
};
