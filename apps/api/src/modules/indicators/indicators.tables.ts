import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const INDICATOR_TABLES: TableOwnership = {
  indicators: {
    // A measure lists its indicators' ids in the order of their names; a measured value is
    // joined to its indicator for the initiative and the visibility that decide who sees it.
    readBy: ['measurements', 'measures'],
  },
  indicator_dimensions: {},
  indicator_goals: {},
  indicator_stewards: {},
  indicator_targets: {},
  dimensions: {},
  dimension_values: {},
};
