import { PROBLEM_TYPES } from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
  putAgreementInForce,
} from '../support/fixture';
import { membershipId } from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The steps, transitions, actors, bodies and goals of one initiative cannot be reached or used
 * from another, not even by putting their ids under one's own initiative.
 */
describe('isolation of phases, actors, bodies and goals between initiatives', () => {
  let t: TestApp;
  let mine: InitiativeFixture;
  let theirs: InitiativeFixture;
  const base = () => `/api/v1/initiatives/${mine.initiativeId}`;
  const as = (f: InitiativeFixture, role: 'coordination' | 'steering' = 'coordination') => ({
    token: f.users[role].token,
  });

  beforeAll(async () => {
    t = await startTestApp();
    mine = await createInitiativeFixture(t, await createUsersPerRole(t));
    theirs = await createInitiativeFixture(t, await createUsersPerRole(t));
    await putAgreementInForce(t, mine.initiativeId);
  });
  afterAll(() => t.close());

  it.each([
    ['GET', 'phases'],
    ['GET', 'phase-transitions'],
    ['GET', 'actors'],
    ['GET', 'actors/summary'],
    ['GET', 'actors/export?format=csv'],
    ['GET', 'bodies'],
    ['GET', 'shared-goal'],
  ])('answers 404 to %s %s of the other initiative', async (method, path) => {
    const response = await t.api.request(
      method,
      `/api/v1/initiatives/${theirs.initiativeId}/${path}`,
      undefined,
      as(mine),
    );
    expectProblem(response, 404);
  });

  it("answers 404 to the other initiative's step, transition, actor and body ids under the own initiative", async () => {
    const attempts = [
      t.api.patch(`${base()}/steps/${theirs.stepId}`, { status: 'done', version: 1 }, as(mine)),
      t.api.delete(`${base()}/steps/${theirs.customStepId}`, as(mine)),
      t.api.post(
        `${base()}/phase-transitions/${theirs.transitionId}/decision`,
        { decision: 'approve' },
        as(mine, 'steering'),
      ),
      t.api.post(
        `${base()}/phase-transitions/${theirs.transitionId}/withdraw`,
        undefined,
        as(mine),
      ),
      t.api.get(`${base()}/actors/${theirs.actorId}`, as(mine)),
      t.api.patch(`${base()}/actors/${theirs.actorId}`, { name: 'Gekapert', version: 1 }, as(mine)),
      t.api.delete(`${base()}/actors/${theirs.actorId}`, as(mine)),
      t.api.post(
        `${base()}/actors/${theirs.actorId}/representatives`,
        { userId: mine.users.partner.id },
        as(mine),
      ),
      t.api.delete(
        `${base()}/actors/${theirs.actorId}/representatives/${theirs.representativeUserId}`,
        as(mine),
      ),
      t.api.get(`${base()}/bodies/${theirs.bodyId}`, as(mine)),
      t.api.patch(`${base()}/bodies/${theirs.bodyId}`, { notes: 'x', version: 1 }, as(mine)),
      t.api.delete(`${base()}/bodies/${theirs.bodyId}`, as(mine)),
    ];
    for (const response of await Promise.all(attempts)) expectProblem(response, 404);
  });

  it("refuses the other initiative's members, actors and goals inside the own records with 400", async () => {
    const foreignMember = await membershipId(
      t.dataSource,
      theirs.initiativeId,
      theirs.users.partner.id,
    );
    const step = await t.api.patch(
      `${base()}/steps/${mine.stepId}`,
      { responsibleMemberId: foreignMember, version: 1 },
      as(mine),
    );
    expect(fieldsOf(step)).toEqual(['responsibleMemberId']);

    const representative = await t.api.post(
      `${base()}/actors/${mine.actorId}/representatives`,
      { userId: theirs.users.observer.id },
      as(mine),
    );
    expectProblem(representative, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(representative)).toEqual(['userId']);

    const body = await t.api.patch(
      `${base()}/bodies/${mine.bodyId}`,
      { memberActorIds: [theirs.actorId], version: 1 },
      as(mine),
    );
    expect(fieldsOf(body)).toEqual(['memberActorIds.0']);

    const goal = await t.api.request(
      'PUT',
      `${base()}/shared-goal`,
      { vision: 'V', goals: [{ id: theirs.goalId, title: 'Gekapert' }], version: 1 },
      as(mine),
    );
    expect(fieldsOf(goal)).toEqual(['goals.0.id']);
  });

  it("leaves the other initiative's records as they were", async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM steps WHERE initiative_id = $1 AND version = 1) AS steps,
              (SELECT status FROM phase_transitions WHERE id = $2) AS transition,
              (SELECT name FROM actors WHERE id = $3) AS actor,
              (SELECT count(*)::int FROM actor_representatives WHERE actor_id = $3) AS representatives,
              (SELECT count(*)::int FROM existing_body_members WHERE body_id = $4) AS members,
              (SELECT title FROM goals WHERE id = $5) AS goal,
              (SELECT phase FROM initiatives WHERE id = $1) AS phase`,
      [theirs.initiativeId, theirs.transitionId, theirs.actorId, theirs.bodyId, theirs.goalId],
    );
    expect(counts).toEqual({
      steps: 14,
      transition: 'pending',
      actor: 'Jugendmigrationsdienst',
      representatives: 1,
      members: 1,
      goal: 'Kein Abschluss ohne Anschluss',
      phase: 'initiierung',
    });
  });
});
