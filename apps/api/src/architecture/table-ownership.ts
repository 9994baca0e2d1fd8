/**
 * Who owns which table. Each module declares its tables in `<module>.tables.ts` beside its code:
 * only the owner writes them (others call the owner's service), and another module reads them only
 * when the owner lists it in `readBy` (a join for names or rights) or through a query fragment the
 * owner exports from its `*.queries.ts`. `ownership.spec.ts` checks the SQL of the whole API
 * against this map; docs/architecture.md explains the rule.
 */
import { ACTOR_TABLES } from '../modules/actors/actors.tables';
import { AGREEMENT_TABLES } from '../modules/agreements/agreements.tables';
import { ARTIFACT_TABLES } from '../modules/artifacts/artifacts.tables';
import { AUTH_TABLES } from '../modules/auth/auth.tables';
import { EXISTING_BODY_TABLES } from '../modules/existing-bodies/existing-bodies.tables';
import { INDICATOR_TABLES } from '../modules/indicators/indicators.tables';
import { INITIATIVE_TABLES } from '../modules/initiatives/initiatives.tables';
import { INVITATION_TABLES } from '../modules/invitations/invitations.tables';
import { MEASUREMENT_TABLES } from '../modules/measurements/measurements.tables';
import { MEASURE_TABLES } from '../modules/measures/measures.tables';
import { MEMBER_TABLES } from '../modules/members/members.tables';
import { PHASE_TABLES } from '../modules/phases/phases.tables';
import { REPORT_TABLES } from '../modules/reports/reports.tables';
import { SHARED_GOAL_TABLES } from '../modules/shared-goal/shared-goal.tables';
import { USER_TABLES } from '../modules/users/users.tables';
import { WORKING_GROUP_TABLES } from '../modules/working-groups/working-groups.tables';
import { DASHBOARD_TABLES } from '../read-models/dashboard/dashboard.tables';
import { THROTTLE_TABLES } from '../common/throttle/throttle.tables';

/** A module's tables, each with the other modules that may name it in their own SQL. */
export type TableOwnership = Record<string, { readBy?: readonly string[] }>;

/**
 * The owners, by their folder under `apps/api/src` (`modules/` left out). `read-models/*` own
 * only what they cache; they may read every table and write none of the others.
 */
export const TABLE_OWNERS: Record<string, TableOwnership> = {
  users: USER_TABLES,
  auth: AUTH_TABLES,
  initiatives: INITIATIVE_TABLES,
  members: MEMBER_TABLES,
  invitations: INVITATION_TABLES,
  phases: PHASE_TABLES,
  actors: ACTOR_TABLES,
  'existing-bodies': EXISTING_BODY_TABLES,
  'shared-goal': SHARED_GOAL_TABLES,
  artifacts: ARTIFACT_TABLES,
  agreements: AGREEMENT_TABLES,
  'working-groups': WORKING_GROUP_TABLES,
  measures: MEASURE_TABLES,
  indicators: INDICATOR_TABLES,
  measurements: MEASUREMENT_TABLES,
  reports: REPORT_TABLES,
  'read-models/dashboard': DASHBOARD_TABLES,
  'common/throttle': THROTTLE_TABLES,
};

/** The folder whose modules assemble views across the others and may read any table. */
export const READ_MODELS_FOLDER = 'read-models';

/**
 * The demo seed writes a story with a past (dated signatures, decided approvals, revised values)
 * that no service may write on purpose, and only into a new, empty database at start. It is the
 * one place allowed to write other modules' tables and to use their entities.
 */
export const SEEDS_FOLDER = 'seeds';

/** The owner key of a source file (`modules/actors/x.ts` → `actors`). */
export function ownerOf(file: string): string {
  const [top, second] = file.split('/');
  return top === 'modules' ? second : `${top}/${second}`;
}
