import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const MEASURE_TABLES: TableOwnership = {
  measures: {
    // The action plan's status counts the measures and names those gone since the baseline.
    readBy: ['action-plan'],
  },
  measure_actors: {},
  measure_dependencies: {},
  measure_goals: {},
  measure_indicators: {},
  measure_milestones: {},
  measure_resources: {},
};
