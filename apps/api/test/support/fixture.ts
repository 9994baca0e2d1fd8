import { type Role, ROLES } from '@gw/shared/contracts';
import type { TestApp } from './test-app';
import { addMember, createInitiative, createUser, type TestUser, uniqueEmail } from './factories';

export type Caller = Role | 'non-member' | 'anonymous';
export const CALLERS: Caller[] = [...ROLES, 'non-member', 'anonymous'];

/** An initiative with one user per role, a stranger, a member to act on and a pending invitation. */
export interface InitiativeFixture {
  initiativeId: string;
  users: Record<Role | 'non-member', TestUser>;
  targetMemberId: string;
  invitationId: string;
  invitationToken: string;
  /** A predefined step of Initiierung. */
  stepId: string;
  /** A step coordination added (deletable). */
  customStepId: string;
  /** A pending proposal to move into Gestaltung. */
  transitionId: string;
  /** An actor (a partner) whose representative is the partner user. */
  actorId: string;
  representativeUserId: string;
  /** An existing body with the actor as member. */
  bodyId: string;
  /** A goal of the shared goal. */
  goalId: string;
  /** The initiative's cooperation agreement (without versions). */
  artifactId: string;
  /** A working group with the working_group user as member (the coordination user leads it). */
  workingGroupId: string;
  /** A measure of that working group, serving the goal, led by the actor, with one milestone. */
  measureId: string;
  /** A dimension (Stadtteil, two values), used by the indicator. */
  dimensionId: string;
  /** An indicator of the goal and the measure (visible to partners), with the working_group user as steward. */
  indicatorId: string;
  /** The indicator's approved total for 2025, entered by coordination. */
  measurementId: string;
  /** The indicator's total for 2026, entered by the steward (working_group) and submitted. */
  submittedMeasurementId: string;
  /** Set by setups that create a comment. */
  commentId?: string;
  /** Set by setups that submit an action-plan baseline: the artifact's path. */
  actionPlanPath?: string;
  /** Set by setups that create an activity and impact report: the artifact's path. */
  reportPath?: string;
}

export async function createUsersPerRole(
  t: TestApp,
): Promise<Record<Role | 'non-member', TestUser>> {
  const entries = await Promise.all(
    [...ROLES, 'non-member' as const].map(async (role) => [role, await createUser(t.api)] as const),
  );
  return Object.fromEntries(entries) as Record<Role | 'non-member', TestUser>;
}

export async function createInitiativeFixture(
  t: TestApp,
  users: Record<Role | 'non-member', TestUser>,
): Promise<InitiativeFixture> {
  const initiative = await createInitiative(t.api, users.coordination);
  for (const role of ROLES.filter((r) => r !== 'coordination')) {
    await addMember(t.dataSource, initiative.id, users[role], role);
  }
  // The member to act on never logs in: inserted directly, it costs no password hashing.
  const [target] = (await t.dataSource.query(
    `INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Zielperson', '-') RETURNING id`,
    [uniqueEmail('target')],
  )) as { id: string }[];
  const targetMemberId = await addMember(
    t.dataSource,
    initiative.id,
    { id: target!.id },
    'observer',
  );
  const invitation = await t.api.post(
    `/api/v1/initiatives/${initiative.id}/invitations`,
    { email: uniqueEmail('fixture'), role: 'partner' },
    { token: users.coordination.token },
  );
  return {
    initiativeId: initiative.id,
    users,
    targetMemberId,
    invitationId: invitation.body.id,
    invitationToken: invitation.body.token,
    ...(await addPhaseOneAndTwoRecords(t, initiative.id, users)),
  };
}

async function addPhaseOneAndTwoRecords(
  t: TestApp,
  initiativeId: string,
  users: Record<Role | 'non-member', TestUser>,
) {
  const phaseOne = await addPhaseOneRecords(t, initiativeId, users);
  return { ...phaseOne, ...(await addPhaseTwoRecords(t, initiativeId, users, phaseOne)) };
}

/** Phase 1 records, inserted directly (their endpoints have their own tests). */
async function addPhaseOneRecords(
  t: TestApp,
  initiativeId: string,
  users: Record<Role | 'non-member', TestUser>,
) {
  const one = async (sql: string, values: unknown[]) =>
    ((await t.dataSource.query(sql, values)) as { id: string }[])[0]!.id;
  const stepId = await one(
    `SELECT id FROM steps WHERE initiative_id = $1 AND key = 'identify_owner_and_actors'`,
    [initiativeId],
  );
  const customStepId = await one(
    `INSERT INTO steps (initiative_id, phase, title, position)
     VALUES ($1, 'initiierung', 'Auftakt vorbereiten', 5) RETURNING id`,
    [initiativeId],
  );
  const transitionId = await one(
    `INSERT INTO phase_transitions (initiative_id, from_phase, to_phase, rationale, proposed_by)
     VALUES ($1, 'initiierung', 'gestaltung', 'Die Vereinbarung ist unterzeichnet.', $2) RETURNING id`,
    [initiativeId, users.coordination.id],
  );
  const actorId = await one(
    `INSERT INTO actors (initiative_id, name, area, kind, is_partner)
     VALUES ($1, 'Jugendmigrationsdienst', 'migration_integration', 'independent_provider', true)
     RETURNING id`,
    [initiativeId],
  );
  await t.dataSource.query(
    `INSERT INTO actor_representatives (actor_id, membership_id)
     SELECT $1, id FROM memberships WHERE initiative_id = $2 AND user_id = $3`,
    [actorId, initiativeId, users.partner.id],
  );
  const bodyId = await one(
    `INSERT INTO existing_bodies (initiative_id, name, type)
     VALUES ($1, 'Arbeitskreis Übergang', 'working_circle') RETURNING id`,
    [initiativeId],
  );
  await t.dataSource.query(
    `INSERT INTO existing_body_members (body_id, actor_id) VALUES ($1, $2)`,
    [bodyId, actorId],
  );
  const goalId = await one(
    `INSERT INTO goals (initiative_id, title, position) VALUES ($1, 'Kein Abschluss ohne Anschluss', 1)
     RETURNING id`,
    [initiativeId],
  );
  const artifactId = await one(
    `SELECT id FROM artifacts WHERE initiative_id = $1 AND kind = 'agreement'`,
    [initiativeId],
  );
  return {
    artifactId,
    stepId,
    customStepId,
    transitionId,
    actorId,
    representativeUserId: users.partner.id,
    bodyId,
    goalId,
  };
}

/** Phase 2 records, inserted directly (their endpoints have their own tests). */
async function addPhaseTwoRecords(
  t: TestApp,
  initiativeId: string,
  users: Record<Role | 'non-member', TestUser>,
  phaseOne: { actorId: string; goalId: string },
) {
  const one = async (sql: string, values: unknown[]) =>
    ((await t.dataSource.query(sql, values)) as { id: string }[])[0]!.id;
  const member = (role: Role) =>
    one('SELECT id FROM memberships WHERE initiative_id = $1 AND user_id = $2', [
      initiativeId,
      users[role].id,
    ]);
  const workingGroupMemberId = await member('working_group');
  const workingGroupId = await one(
    `INSERT INTO working_groups (initiative_id, name, mandate, lead_member_id)
     VALUES ($1, 'AG Übergang', 'Übergänge begleiten', $2) RETURNING id`,
    [initiativeId, await member('coordination')],
  );
  await t.dataSource.query(
    `INSERT INTO working_group_members (working_group_id, membership_id) VALUES ($1, $2)`,
    [workingGroupId, workingGroupMemberId],
  );
  const measureId = await one(
    `INSERT INTO measures (initiative_id, title, working_group_id, lead_actor_id, start_date, end_date)
     VALUES ($1, 'Übergangscoaching', $2, $3, '2027-01-01', '2027-12-31') RETURNING id`,
    [initiativeId, workingGroupId, phaseOne.actorId],
  );
  await t.dataSource.query(`INSERT INTO measure_goals (measure_id, goal_id) VALUES ($1, $2)`, [
    measureId,
    phaseOne.goalId,
  ]);
  await t.dataSource.query(
    `INSERT INTO measure_milestones (measure_id, title, due_date, position)
     VALUES ($1, 'Auftakt', '2027-02-15', 1)`,
    [measureId],
  );
  const dimensionId = await one(
    `INSERT INTO dimensions (initiative_id, name, position) VALUES ($1, 'Stadtteil', 1) RETURNING id`,
    [initiativeId],
  );
  await t.dataSource.query(
    `INSERT INTO dimension_values (dimension_id, value, position)
     VALUES ($1, 'Mitte', 1), ($1, 'Nord', 2)`,
    [dimensionId],
  );
  const indicatorId = await one(
    `INSERT INTO indicators (initiative_id, name, unit, frequency, responsible_actor_id, visibility)
     VALUES ($1, 'Anschlussquote', '%', 'yearly', $2, 'partners') RETURNING id`,
    [initiativeId, phaseOne.actorId],
  );
  await t.dataSource.query(`INSERT INTO indicator_goals (indicator_id, goal_id) VALUES ($1, $2)`, [
    indicatorId,
    phaseOne.goalId,
  ]);
  await t.dataSource.query(
    `INSERT INTO indicator_stewards (indicator_id, membership_id) VALUES ($1, $2)`,
    [indicatorId, workingGroupMemberId],
  );
  await t.dataSource.query(
    `INSERT INTO indicator_dimensions (indicator_id, dimension_id) VALUES ($1, $2)`,
    [indicatorId, dimensionId],
  );
  await t.dataSource.query(
    `INSERT INTO measure_indicators (measure_id, indicator_id) VALUES ($1, $2)`,
    [measureId, indicatorId],
  );
  const measurementId = await one(
    `INSERT INTO measurements (indicator_id, period, period_start, period_end, value, cases, status, entered_by)
     VALUES ($1, '2025', '2025-01-01', '2025-12-31', 71.5, 600, 'approved', $2) RETURNING id`,
    [indicatorId, users.coordination.id],
  );
  const submittedMeasurementId = await one(
    `INSERT INTO measurements (indicator_id, period, period_start, period_end, value, cases, status, entered_by)
     VALUES ($1, '2026', '2026-01-01', '2026-12-31', 74, 590, 'submitted', $2) RETURNING id`,
    [indicatorId, users.working_group.id],
  );
  return {
    workingGroupId,
    measureId,
    dimensionId,
    indicatorId,
    measurementId,
    submittedMeasurementId,
  };
}

/** Puts a version of the initiative's cooperation agreement in force, directly in the database. */
export async function putAgreementInForce(t: TestApp, initiativeId: string): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO artifacts (initiative_id, kind, title) VALUES ($1, 'agreement', 'Kooperationsvereinbarung')
     ON CONFLICT (initiative_id, kind) WHERE kind IN ('agreement', 'action_plan') DO NOTHING`,
    [initiativeId],
  );
  await t.dataSource.query(
    `INSERT INTO artifact_versions (artifact_id, number, status, content, content_hash)
     SELECT a.id, coalesce((SELECT max(number) FROM artifact_versions WHERE artifact_id = a.id), 0) + 1,
            'in_force', '{}', md5(random()::text) || md5(random()::text)
       FROM artifacts a WHERE a.initiative_id = $1 AND a.kind = 'agreement'`,
    [initiativeId],
  );
}

export function tokenOf(fixture: InitiativeFixture, caller: Caller): string | undefined {
  return caller === 'anonymous' ? undefined : fixture.users[caller].token;
}
