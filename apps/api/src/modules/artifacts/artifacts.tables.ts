import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const ARTIFACT_TABLES: TableOwnership = {
  artifacts: {},
  artifact_versions: {},
  artifact_approvals: {},
  artifact_approvers: {},
  artifact_comments: {},
  artifact_events: {},
};
