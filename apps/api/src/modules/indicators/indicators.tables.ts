import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const INDICATOR_TABLES: TableOwnership = {
  indicators: {},
  indicator_dimensions: {},
  indicator_goals: {},
  indicator_stewards: {},
  indicator_targets: {},
  dimensions: {},
  dimension_values: {},
};
