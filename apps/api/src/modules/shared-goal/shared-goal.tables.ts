import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const SHARED_GOAL_TABLES: TableOwnership = {
  shared_goals: {},
  goals: {
    // Indicators and measures list the goals they serve in the goals' order (by position).
    readBy: ['indicators', 'measures'],
  },
};
