import { PROBLEM_TYPES, type Member } from '@gw/shared/contracts';
import {
  addMember,
  createInitiative,
  createUser,
  membershipId,
  type TestUser,
} from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('members', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let initiativeId: string;
  const membersUrl = () => `/api/v1/initiatives/${initiativeId}/members`;

  beforeEach(async () => {
    coordinator = await createUser(t.api, { displayName: 'Carla Koordination' });
    initiativeId = (await createInitiative(t.api, coordinator)).id;
  });
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists members by role, then by name, with their e-mail and version', async () => {
    const zoe = await createUser(t.api, { displayName: 'Zoe Partner' });
    const adam = await createUser(t.api, { displayName: 'Adam Partner' });
    const steering = await createUser(t.api, { displayName: 'Sven Steuerung' });
    await addMember(t.dataSource, initiativeId, zoe, 'partner');
    await addMember(t.dataSource, initiativeId, adam, 'partner');
    await addMember(t.dataSource, initiativeId, steering, 'steering');

    const response = await t.api.get(membersUrl(), { token: zoe.token });
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(4);
    expect(response.body.items.map((m: Member) => [m.displayName, m.role])).toEqual([
      ['Carla Koordination', 'coordination'],
      ['Sven Steuerung', 'steering'],
      ['Adam Partner', 'partner'],
      ['Zoe Partner', 'partner'],
    ]);
    expect(response.body.items[0]).toEqual({
      id: expect.any(String),
      userId: coordinator.id,
      email: coordinator.email,
      displayName: 'Carla Koordination',
      role: 'coordination',
      version: 1,
      joinedAt: expect.any(String),
    });
  });

  it('paginates the member list', async () => {
    for (let i = 0; i < 3; i++) {
      await addMember(t.dataSource, initiativeId, await createUser(t.api), 'observer');
    }
    const page = await t.api.get(`${membersUrl()}?page=2&pageSize=3`, { token: coordinator.token });
    expect(page.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.body.items).toHaveLength(1);
  });

  describe('changing a role', () => {
    it('changes the role and increments the version', async () => {
      const paul = await createUser(t.api);
      const id = await addMember(t.dataSource, initiativeId, paul, 'partner');
      const response = await t.api.patch(
        `${membersUrl()}/${id}`,
        { role: 'steering', version: 1 },
        { token: coordinator.token },
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id, userId: paul.id, role: 'steering', version: 2 });
      const initiative = await t.api.get(`/api/v1/initiatives/${initiativeId}`, {
        token: paul.token,
      });
      expect(initiative.body.myRole).toBe('steering');
    });

    it('answers 409 to a stale version', async () => {
      const paul = await createUser(t.api);
      const id = await addMember(t.dataSource, initiativeId, paul, 'partner');
      await t.api.patch(
        `${membersUrl()}/${id}`,
        { role: 'steering', version: 1 },
        { token: coordinator.token },
      );
      const stale = await t.api.patch(
        `${membersUrl()}/${id}`,
        { role: 'observer', version: 1 },
        { token: coordinator.token },
      );
      expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
    });

    it('refuses to demote the last coordination member', async () => {
      const own = await membershipId(t.dataSource, initiativeId, coordinator.id);
      const response = await t.api.patch(
        `${membersUrl()}/${own}`,
        { role: 'steering', version: 1 },
        { token: coordinator.token },
      );
      expectProblem(response, 409, PROBLEM_TYPES.lastCoordinator);
    });

    it('lets a coordinator step down once another coordinator exists', async () => {
      const second = await createUser(t.api);
      await addMember(t.dataSource, initiativeId, second, 'coordination');
      const own = await membershipId(t.dataSource, initiativeId, coordinator.id);
      const response = await t.api.patch(
        `${membersUrl()}/${own}`,
        { role: 'observer', version: 1 },
        { token: coordinator.token },
      );
      expect(response.status).toBe(200);
    });

    it('keeps one coordinator when two demote each other at the same moment', async () => {
      const second = await createUser(t.api);
      const secondId = await addMember(t.dataSource, initiativeId, second, 'coordination');
      const firstId = await membershipId(t.dataSource, initiativeId, coordinator.id);
      const results = await Promise.all([
        t.api.patch(
          `${membersUrl()}/${secondId}`,
          { role: 'partner', version: 1 },
          { token: coordinator.token },
        ),
        t.api.patch(
          `${membersUrl()}/${firstId}`,
          { role: 'partner', version: 1 },
          { token: second.token },
        ),
      ]);
      // The loser is either refused by the lock (409) or, if the winner committed before its
      // request was authorised, is no longer coordination at all (403).
      const statuses = results.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM memberships WHERE initiative_id = $1 AND role = 'coordination'`,
        [initiativeId],
      );
      expect(count).toBe(1);
    });

    it('rejects an unknown role and answers 404 for a member of another initiative', async () => {
      const paul = await createUser(t.api);
      const id = await addMember(t.dataSource, initiativeId, paul, 'partner');
      const badRole = await t.api.patch(
        `${membersUrl()}/${id}`,
        { role: 'admin', version: 1 },
        { token: coordinator.token },
      );
      expectProblem(badRole, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(badRole)).toEqual(['role']);

      const other = await createInitiative(t.api, paul);
      const foreignMember = await membershipId(t.dataSource, other.id, paul.id);
      const response = await t.api.patch(
        `${membersUrl()}/${foreignMember}`,
        { role: 'observer', version: 1 },
        { token: coordinator.token },
      );
      expectProblem(response, 404, PROBLEM_TYPES.notFound);
    });
  });

  describe('removing a member', () => {
    it('removes the member, who then no longer sees the initiative', async () => {
      const paul = await createUser(t.api);
      const id = await addMember(t.dataSource, initiativeId, paul, 'partner');
      const response = await t.api.delete(`${membersUrl()}/${id}`, { token: coordinator.token });
      expect(response.status).toBe(204);
      const after = await t.api.get(`/api/v1/initiatives/${initiativeId}`, { token: paul.token });
      expectProblem(after, 404);
    });

    it('refuses to remove the last coordination member', async () => {
      const own = await membershipId(t.dataSource, initiativeId, coordinator.id);
      const response = await t.api.delete(`${membersUrl()}/${own}`, { token: coordinator.token });
      expectProblem(response, 409, PROBLEM_TYPES.lastCoordinator);
    });

    it('answers 404 for an unknown member and 400 for a malformed id', async () => {
      const unknown = await t.api.delete(`${membersUrl()}/00000000-0000-4000-8000-000000000000`, {
        token: coordinator.token,
      });
      expectProblem(unknown, 404);
      const malformed = await t.api.delete(`${membersUrl()}/42`, { token: coordinator.token });
      expectProblem(malformed, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(malformed)).toEqual(['memberId']);
    });
  });
});
