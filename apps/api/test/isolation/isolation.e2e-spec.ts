import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Two initiatives with different people: the coordination of one can neither see nor touch
 * anything of the other, not even by mixing its own initiative id with the other's member or
 * invitation ids.
 */
describe('isolation between initiatives', () => {
  let t: TestApp;
  let mine: InitiativeFixture;
  let theirs: InitiativeFixture;
  beforeAll(async () => {
    t = await startTestApp();
    mine = await createInitiativeFixture(t, await createUsersPerRole(t));
    theirs = await createInitiativeFixture(t, await createUsersPerRole(t));
  });
  afterAll(() => t.close());

  const token = () => mine.users.coordination.token;

  it("does not list the other initiative among the caller's initiatives", async () => {
    const response = await t.api.get('/api/v1/initiatives', { token: token() });
    expect(response.body.items.map((i: { id: string }) => i.id)).toEqual([mine.initiativeId]);
  });

  it.each([
    ['GET', (f: InitiativeFixture) => `/api/v1/initiatives/${f.initiativeId}`],
    ['PATCH', (f: InitiativeFixture) => `/api/v1/initiatives/${f.initiativeId}`],
    ['GET', (f: InitiativeFixture) => `/api/v1/initiatives/${f.initiativeId}/members`],
    ['GET', (f: InitiativeFixture) => `/api/v1/initiatives/${f.initiativeId}/invitations`],
    ['POST', (f: InitiativeFixture) => `/api/v1/initiatives/${f.initiativeId}/invitations`],
  ])('answers 404 to %s %s of the other initiative', async (method, path) => {
    const body =
      method === 'GET' ? undefined : { version: 1, email: 'x@example.org', role: 'observer' };
    const response = await t.api.request(method, path(theirs), body, { token: token() });
    expectProblem(response, 404);
  });

  it("answers 404 to the other initiative's member and invitation ids under the caller's own initiative", async () => {
    const base = `/api/v1/initiatives/${mine.initiativeId}`;
    expectProblem(
      await t.api.patch(
        `${base}/members/${theirs.targetMemberId}`,
        { role: 'partner', version: 1 },
        { token: token() },
      ),
      404,
    );
    expectProblem(
      await t.api.delete(`${base}/members/${theirs.targetMemberId}`, { token: token() }),
      404,
    );
    expectProblem(
      await t.api.delete(`${base}/invitations/${theirs.invitationId}`, { token: token() }),
      404,
    );

    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM memberships WHERE id = $1',
      [theirs.targetMemberId],
    );
    expect(count).toBe(1);
  });
});
