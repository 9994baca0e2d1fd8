import { PROBLEM_TYPES, type Initiative } from '@gw/shared/contracts';
import {
  addMember,
  createInitiative,
  createUser,
  initiativeInput,
  type TestUser,
} from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('initiatives', () => {
  let t: TestApp;
  let anna: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    anna = await createUser(t.api, { displayName: 'Anna' });
  });
  afterAll(() => t.close());

  describe('POST /initiatives', () => {
    it('creates an initiative in phase initiierung with its creator as coordination', async () => {
      const response = await t.api.post('/api/v1/initiatives', initiativeInput({ owner: null }), {
        token: anna.token,
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        name: 'Jugendpakt Teststadt',
        description: 'Gemeinsam für junge Menschen.',
        targetGroups: ['young_people'],
        customTargetGroups: [],
        region: { municipality: 'Teststadt', districts: ['Mitte', 'Nord'] },
        owner: null,
        phase: 'initiierung',
        approvalQuorum: 'majority',
        suppressionThreshold: 5,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        myRole: 'coordination',
      });
      const members = await t.api.get(`/api/v1/initiatives/${response.body.id}/members`, {
        token: anna.token,
      });
      expect(members.body.items).toEqual([
        expect.objectContaining({ userId: anna.id, role: 'coordination' }),
      ]);
    });

    it('accepts free-text target groups instead of predefined ones and trims input', async () => {
      const response = await t.api.post(
        '/api/v1/initiatives',
        initiativeInput({
          name: '  Seniorennetz Süd  ',
          targetGroups: [],
          customTargetGroups: [' Pflegende Angehörige '],
        }),
        { token: anna.token },
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        name: 'Seniorennetz Süd',
        targetGroups: [],
        customTargetGroups: ['Pflegende Angehörige'],
      });
    });

    it('rejects missing and invalid fields, naming each one', async () => {
      const response = await t.api.post(
        '/api/v1/initiatives',
        {
          name: '',
          targetGroups: ['aliens'],
          region: { districts: 'Mitte' },
          owner: 42,
        },
        { token: anna.token },
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response).sort()).toEqual([
        'name',
        'owner',
        'region.districts',
        'region.municipality',
        'targetGroups',
      ]);
    });

    it('requires at least one target group', async () => {
      const response = await t.api.post(
        '/api/v1/initiatives',
        initiativeInput({ targetGroups: [], customTargetGroups: [] }),
        { token: anna.token },
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(['targetGroups']);
    });
  });

  describe('GET /initiatives', () => {
    it("lists only the caller's initiatives, newest first, with the caller's role", async () => {
      const bernd = await createUser(t.api);
      const carla = await createUser(t.api);
      const first = await createInitiative(t.api, bernd, { name: 'Erste' });
      const second = await createInitiative(t.api, carla, { name: 'Zweite' });
      await addMember(t.dataSource, second.id, bernd, 'observer');
      await createInitiative(t.api, carla, { name: 'Fremde' });

      const response = await t.api.get('/api/v1/initiatives', { token: bernd.token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        items: [
          expect.objectContaining({ id: second.id, name: 'Zweite', myRole: 'observer' }),
          expect.objectContaining({ id: first.id, name: 'Erste', myRole: 'coordination' }),
        ],
        total: 2,
        page: 1,
        pageSize: 20,
      });
    });

    it('paginates', async () => {
      const dora = await createUser(t.api);
      for (let i = 1; i <= 5; i++) await createInitiative(t.api, dora, { name: `Initiative ${i}` });

      const page2 = await t.api.get('/api/v1/initiatives?page=2&pageSize=2', { token: dora.token });
      expect(page2.body.total).toBe(5);
      expect(page2.body.items.map((i: Initiative) => i.name)).toEqual([
        'Initiative 3',
        'Initiative 2',
      ]);

      const beyond = await t.api.get('/api/v1/initiatives?page=9&pageSize=2', {
        token: dora.token,
      });
      expect(beyond.body).toEqual({ items: [], total: 5, page: 9, pageSize: 2 });
    });

    it('shows an empty page to a user without initiatives', async () => {
      const nobody = await createUser(t.api);
      const response = await t.api.get('/api/v1/initiatives', { token: nobody.token });
      expect(response.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    });

    it.each([
      ['page=0', 'page'],
      ['pageSize=101', 'pageSize'],
      ['page=abc', 'page'],
      ['pageSize=1.5', 'pageSize'],
      ['sort=name', 'sort'],
    ])('rejects the query %s', async (query, field) => {
      const response = await t.api.get(`/api/v1/initiatives?${query}`, { token: anna.token });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual([field]);
    });
  });

  describe('GET /initiatives/:id', () => {
    it('returns the initiative to a member with their role', async () => {
      const initiative = await createInitiative(t.api, anna);
      const eva = await createUser(t.api);
      await addMember(t.dataSource, initiative.id, eva, 'steering');
      const response = await t.api.get(`/api/v1/initiatives/${initiative.id}`, {
        token: eva.token,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: initiative.id, myRole: 'steering' });
    });

    it('answers 404 to a non-member, exactly as for an id that does not exist', async () => {
      const initiative = await createInitiative(t.api, anna);
      const stranger = await createUser(t.api);
      const foreign = await t.api.get(`/api/v1/initiatives/${initiative.id}`, {
        token: stranger.token,
      });
      const missing = await t.api.get('/api/v1/initiatives/00000000-0000-4000-8000-000000000000', {
        token: stranger.token,
      });
      expectProblem(foreign, 404, PROBLEM_TYPES.notFound);
      expect(foreign.body).toEqual(missing.body);
    });

    it('answers 400 for an id that is not a UUID', async () => {
      const response = await t.api.get('/api/v1/initiatives/not-a-uuid', { token: anna.token });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(['initiativeId']);
    });
  });

  describe('PATCH /initiatives/:id', () => {
    it('changes the given fields, keeps the others and increments the version', async () => {
      const initiative = await createInitiative(t.api, anna);
      const response = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, name: 'Jugendpakt Neu', region: { municipality: 'Neustadt' } },
        { token: anna.token },
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        name: 'Jugendpakt Neu',
        description: initiative.description,
        region: { municipality: 'Neustadt', districts: [] },
        version: 2,
        phase: 'initiierung',
      });
    });

    it('answers 409 to a write based on a stale version, and keeps the newer data', async () => {
      const initiative = await createInitiative(t.api, anna);
      const first = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, description: 'Fassung A' },
        { token: anna.token },
      );
      expect(first.status).toBe(200);
      const stale = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, description: 'Fassung B' },
        { token: anna.token },
      );
      expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
      const current = await t.api.get(`/api/v1/initiatives/${initiative.id}`, {
        token: anna.token,
      });
      expect(current.body).toMatchObject({ description: 'Fassung A', version: 2 });
    });

    it('lets exactly one of two concurrent writes with the same version win', async () => {
      const initiative = await createInitiative(t.api, anna);
      const results = await Promise.all(
        ['A', 'B'].map((variant) =>
          t.api.patch(
            `/api/v1/initiatives/${initiative.id}`,
            { version: 1, description: variant },
            { token: anna.token },
          ),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    });

    it('rejects null for required fields, a missing version and removing every target group', async () => {
      const initiative = await createInitiative(t.api, anna);
      const nulls = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, name: null, region: null, targetGroups: null },
        { token: anna.token },
      );
      expectProblem(nulls, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(nulls).sort()).toEqual(['name', 'region', 'targetGroups']);

      const noVersion = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { name: 'X' },
        { token: anna.token },
      );
      expect(fieldsOf(noVersion)).toEqual(['version']);

      const empty = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, targetGroups: [] },
        { token: anna.token },
      );
      expectProblem(empty, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(empty)).toEqual(['targetGroups']);
    });

    it('sets how many steering members must approve baselines and reports', async () => {
      const initiative = await createInitiative(t.api, anna);
      const set = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, approvalQuorum: 'all' },
        { token: anna.token },
      );
      expect(set.body).toMatchObject({ approvalQuorum: 'all', version: 2 });
      const invalid = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 2, approvalQuorum: 'two thirds' },
        { token: anna.token },
      );
      expectProblem(invalid, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(invalid)).toEqual(['approvalQuorum']);
    });

    it('sets the threshold below which public views suppress small cells, within 1 to 100', async () => {
      const initiative = await createInitiative(t.api, anna);
      const set = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, suppressionThreshold: 10 },
        { token: anna.token },
      );
      expect(set.body).toMatchObject({ suppressionThreshold: 10, version: 2 });
      for (const suppressionThreshold of [0, 101, 2.5, null]) {
        const invalid = await t.api.patch(
          `/api/v1/initiatives/${initiative.id}`,
          { version: 2, suppressionThreshold },
          { token: anna.token },
        );
        expectProblem(invalid, 400, PROBLEM_TYPES.validation);
        expect(fieldsOf(invalid)).toEqual(['suppressionThreshold']);
      }
    });

    it('clears the owner with null', async () => {
      const initiative = await createInitiative(t.api, anna);
      const response = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, owner: null },
        { token: anna.token },
      );
      expect(response.body.owner).toBeNull();
    });

    it('cannot change the phase (phases change through transitions)', async () => {
      const initiative = await createInitiative(t.api, anna);
      const response = await t.api.patch(
        `/api/v1/initiatives/${initiative.id}`,
        { version: 1, phase: 'umsetzung' },
        { token: anna.token },
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(['phase']);
    });
  });
});
