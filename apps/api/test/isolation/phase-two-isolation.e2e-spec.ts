import { PROBLEM_TYPES } from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import { membershipId } from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The working groups, measures, indicators and dimensions of one initiative cannot be reached or
 * used from another, not even by putting their ids under one's own initiative.
 */
describe('isolation of working groups, measures, indicators and dimensions', () => {
  let t: TestApp;
  let mine: InitiativeFixture;
  let theirs: InitiativeFixture;
  const base = () => `/api/v1/initiatives/${mine.initiativeId}`;
  const as = (f: InitiativeFixture, role: 'coordination' | 'working_group' = 'coordination') => ({
    token: f.users[role].token,
  });

  beforeAll(async () => {
    t = await startTestApp();
    mine = await createInitiativeFixture(t, await createUsersPerRole(t));
    theirs = await createInitiativeFixture(t, await createUsersPerRole(t));
  });
  afterAll(() => t.close());

  it.each(['working-groups', 'measures', 'indicators', 'indicators/collection-plan', 'dimensions'])(
    'answers 404 to GET %s of the other initiative',
    async (path) => {
      const response = await t.api.get(
        `/api/v1/initiatives/${theirs.initiativeId}/${path}`,
        as(mine),
      );
      expectProblem(response, 404);
    },
  );

  it("answers 404 to the other initiative's ids under the own initiative", async () => {
    const paths = [
      `working-groups/${theirs.workingGroupId}`,
      `measures/${theirs.measureId}`,
      `indicators/${theirs.indicatorId}`,
      `dimensions/${theirs.dimensionId}`,
    ];
    for (const path of paths) {
      expectProblem(await t.api.get(`${base()}/${path}`, as(mine)), 404);
      expectProblem(await t.api.patch(`${base()}/${path}`, { version: 1 }, as(mine)), 404);
      expectProblem(await t.api.delete(`${base()}/${path}`, as(mine)), 404);
    }
    expectProblem(
      await t.api.patch(
        `${base()}/measures/${theirs.measureId}`,
        { status: 'cancelled', version: 1 },
        as(mine, 'working_group'),
      ),
      404,
    );
  });

  it("refuses the other initiative's records inside the own ones with 400", async () => {
    const foreignMember = await membershipId(
      t.dataSource,
      theirs.initiativeId,
      theirs.users.working_group.id,
    );
    const group = await t.api.patch(
      `${base()}/working-groups/${mine.workingGroupId}`,
      { leadMemberId: foreignMember, actorIds: [theirs.actorId], version: 1 },
      as(mine),
    );
    expectProblem(group, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(group)).toEqual(['leadMemberId', 'actorIds.0']);

    const measure = await t.api.patch(
      `${base()}/measures/${mine.measureId}`,
      { workingGroupId: theirs.workingGroupId, indicatorIds: [theirs.indicatorId], version: 1 },
      as(mine),
    );
    expect(fieldsOf(measure)).toEqual(['workingGroupId', 'indicatorIds.0']);

    const indicator = await t.api.patch(
      `${base()}/indicators/${mine.indicatorId}`,
      { stewardMemberIds: [foreignMember], dimensionIds: [theirs.dimensionId], version: 1 },
      as(mine),
    );
    expect(fieldsOf(indicator)).toEqual(['stewardMemberIds.0', 'dimensionIds.0']);

    const list = await t.api.get(
      `${base()}/measures?workingGroupId=${theirs.workingGroupId}`,
      as(mine),
    );
    expect(list.body).toMatchObject({ items: [], total: 0 });
  });

  it("leaves the other initiative's records as they were", async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT version FROM working_groups WHERE id = $1) AS "group",
              (SELECT version FROM measures WHERE id = $2) AS measure,
              (SELECT version FROM indicators WHERE id = $3) AS indicator,
              (SELECT version FROM dimensions WHERE id = $4) AS dimension`,
      [theirs.workingGroupId, theirs.measureId, theirs.indicatorId, theirs.dimensionId],
    );
    expect(counts).toEqual({ group: 1, measure: 1, indicator: 1, dimension: 1 });
  });
});
