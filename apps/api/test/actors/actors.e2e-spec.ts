import { type Actor, type ActorAreaSummary, type Page, PROBLEM_TYPES } from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { createActor } from '../support/phase-one';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('actors', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let partner: TestUser;
  let initiativeId: string;
  const base = () => `/api/v1/initiatives/${initiativeId}/actors`;
  const token = () => ({ token: coordinator.token });
  const create = (overrides: Parameters<typeof createActor>[3] = {}) =>
    createActor(t.api, initiativeId, coordinator, overrides);
  const list = async (query = '') =>
    (await t.api.get<Page<Actor>>(`${base()}${query}`, token())).body;
  const names = async (query = '') => (await list(query)).items.map((a) => a.name);

  beforeAll(async () => {
    t = await startTestApp();
    partner = await createUser(t.api, { displayName: 'Aylin Demir' });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    initiativeId = (await createInitiative(t.api, coordinator)).id;
    await addMember(t.dataSource, initiativeId, partner, 'partner');
  });

  describe('creating and changing', () => {
    it('creates an actor with contacts and tick boxes, readable by every member', async () => {
      const response = await t.api.post<Actor>(
        base(),
        {
          name: '  Jugendmigrationsdienst (Caritas) ',
          area: 'migration_integration',
          kind: 'independent_provider',
          contacts: [
            {
              name: 'Aylin Demir',
              function: 'Leitung',
              email: 'a.demir@caritas.de',
              phone: '+49 2331 1',
            },
            { name: 'Ben Roth' },
          ],
          existingCooperation: true,
          plannedCoreGroup: true,
          contributions: 'Beratung junger Zugewanderter',
          website: 'https://www.caritas-auenstadt.de',
          isPartner: true,
        },
        token(),
      );
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        name: 'Jugendmigrationsdienst (Caritas)',
        area: 'migration_integration',
        kind: 'independent_provider',
        contacts: [
          {
            name: 'Aylin Demir',
            function: 'Leitung',
            email: 'a.demir@caritas.de',
            phone: '+49 2331 1',
          },
          { name: 'Ben Roth', function: '', email: '', phone: '' },
        ],
        existingCooperation: true,
        plannedCoreGroup: true,
        extendedForums: false,
        contributions: 'Beratung junger Zugewanderter',
        resources: '',
        website: 'https://www.caritas-auenstadt.de',
        isPartner: true,
        representatives: [],
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const read = await t.api.get(`${base()}/${response.body.id}`, { token: partner.token });
      // A partner reads it without the contact persons (see platform/privacy.e2e-spec.ts).
      expect(read.body).toEqual({ ...response.body, contacts: [] });
    });

    it('keeps names unique per initiative regardless of case, with a clear 409', async () => {
      const awo = await create({ name: 'AWO Kreisverband' });
      const duplicate = await t.api.post(
        base(),
        { name: 'awo KREISVERBAND', area: 'social', kind: 'association' },
        token(),
      );
      expectProblem(duplicate, 409, PROBLEM_TYPES.duplicateName);
      expect(duplicate.body.detail).toContain('"awo KREISVERBAND" already exists');
      expect(duplicate.body.errors).toEqual([
        { field: 'name', message: 'name is already taken', code: 'duplicate' },
      ]);

      const other = await create({ name: 'Jobcenter' });
      const rename = await t.api.patch(
        `${base()}/${other.id}`,
        { name: 'Awo Kreisverband', version: 1 },
        token(),
      );
      expectProblem(rename, 409, PROBLEM_TYPES.duplicateName);
      const ownCase = await t.api.patch<Actor>(
        `${base()}/${awo.id}`,
        { name: 'AWO KREISVERBAND', version: 1 },
        token(),
      );
      expect(ownCase.body.name).toBe('AWO KREISVERBAND');

      // Another initiative may use the same name.
      const elsewhere = await createInitiative(t.api, coordinator);
      expect(
        (await createActor(t.api, elsewhere.id, coordinator, { name: 'AWO Kreisverband' })).name,
      ).toBe('AWO Kreisverband');
    });

    it.each([
      ['an unknown area', { area: 'kultur' }, ['area']],
      ['a website that is not http(s)', { website: 'javascript:alert(1)' }, ['website']],
      ['an ftp website', { website: 'ftp://example.org' }, ['website']],
      [
        'a contact e-mail that is not one',
        { contacts: [{ name: 'A', email: 'nope' }] },
        ['contacts.0.email'],
      ],
      [
        'a contact without name',
        { contacts: [{ name: ' ', email: 'a@b.de' }] },
        ['contacts.0.name'],
      ],
      ['a contact name over two lines', { contacts: [{ name: 'A\nB' }] }, ['contacts.0.name']],
      [
        'eleven contacts',
        { contacts: Array.from({ length: 11 }, () => ({ name: 'A' })) },
        ['contacts'],
      ],
      ['a name too long', { name: 'x'.repeat(201) }, ['name']],
      ['a tick box that is not a boolean', { isPartner: 'ja' }, ['isPartner']],
      ['unknown fields', { notes: 'x' }, ['notes']],
    ])('refuses %s', async (_label, fields, expected) => {
      const response = await t.api.post(
        base(),
        { name: 'Stadtbibliothek', area: 'education', kind: 'administration', ...fields },
        token(),
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(expected);
    });

    it('compares names regardless of case also beyond ASCII (Ä = ä)', async () => {
      await create({ name: 'Ärztekammer Nordrhein' });
      const duplicate = await t.api.post(
        base(),
        { name: 'ÄRZTEKAMMER NORDRHEIN', area: 'social', kind: 'association' },
        token(),
      );
      expectProblem(duplicate, 409, PROBLEM_TYPES.duplicateName);
    });

    it('accepts an empty website', async () => {
      expect((await create({ website: '' })).website).toBe('');
    });

    it('changes only the given fields, increments the version and refuses a stale one', async () => {
      const actor = await create({
        name: 'Jobcenter',
        contributions: 'Vermittlung',
        isPartner: true,
      });
      const response = await t.api.patch<Actor>(
        `${base()}/${actor.id}`,
        { plannedCoreGroup: true, version: 1 },
        token(),
      );
      expect(response.body).toMatchObject({
        name: 'Jobcenter',
        contributions: 'Vermittlung',
        isPartner: true,
        plannedCoreGroup: true,
        version: 2,
      });
      const stale = await t.api.patch(
        `${base()}/${actor.id}`,
        { isPartner: false, version: 1 },
        token(),
      );
      expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
      const nulled = await t.api.patch(
        `${base()}/${actor.id}`,
        { name: null, version: 2 },
        token(),
      );
      expectProblem(nulled, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(nulled)).toEqual(['name']);
    });

    it('deletes an actor, also a partner that signed an agreement version, whose signature keeps its name', async () => {
      const actor = await create({ name: 'Stadtwerke Auenstadt', isPartner: true });
      const [version] = await t.dataSource.query(
        `INSERT INTO artifact_versions (artifact_id, number, status, content, content_hash)
         SELECT id, 1, 'in_force', '{}', md5(random()::text) FROM artifacts
          WHERE initiative_id = $1 AND kind = 'agreement' RETURNING id`,
        [initiativeId],
      );
      await t.dataSource.query(
        `INSERT INTO agreement_signatures
           (version_id, actor_id, actor_name, signer_name, decision, content_hash, kind)
         VALUES ($1, $2, 'Stadtwerke Auenstadt', 'Sabine Koch', 'sign', 'abc', 'round')`,
        [version.id, actor.id],
      );
      expect((await t.api.delete(`${base()}/${actor.id}`, token())).status).toBe(204);
      expectProblem(await t.api.get(`${base()}/${actor.id}`, token()), 404);
      expectProblem(await t.api.delete(`${base()}/${actor.id}`, token()), 404);
      const [signature] = await t.dataSource.query(
        'SELECT actor_id, actor_name FROM agreement_signatures WHERE version_id = $1',
        [version.id],
      );
      expect(signature).toEqual({ actor_id: null, actor_name: 'Stadtwerke Auenstadt' });
    });
  });

  describe('the list', () => {
    beforeEach(async () => {
      await create({
        name: 'Ausländerbehörde',
        area: 'migration_integration',
        kind: 'administration',
        plannedCoreGroup: true,
        contacts: [{ name: 'Stefan Wolf' }],
      });
      await create({
        name: 'Jobcenter',
        area: 'work_economy',
        kind: 'administration',
        isPartner: true,
        existingCooperation: true,
        contributions: 'Vermittlung in Ausbildung',
      });
      await create({
        name: 'AWO',
        area: 'social',
        kind: 'independent_provider',
        isPartner: true,
        extendedForums: true,
      });
      await create({
        name: 'Berufskolleg',
        area: 'education',
        kind: 'administration',
        contributions: '100% Anschluss',
      });
      await create({ name: 'Jugendparlament', area: 'other', kind: 'target_group_representation' });
    });

    it('sorts by name by default and paginates with the total', async () => {
      expect(await names()).toEqual([
        'Ausländerbehörde',
        'AWO',
        'Berufskolleg',
        'Jobcenter',
        'Jugendparlament',
      ]);
      const page = await list('?page=2&pageSize=2');
      expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
      expect(page.items.map((a) => a.name)).toEqual(['Berufskolleg', 'Jobcenter']);
      const beyond = await list('?page=4&pageSize=2');
      expect(beyond).toMatchObject({ total: 5, items: [] });
    });

    it('sorts by area, kind and last change, in both directions', async () => {
      expect(await names('?sort=area')).toEqual([
        'Ausländerbehörde',
        'Jobcenter',
        'AWO',
        'Berufskolleg',
        'Jugendparlament',
      ]);
      expect((await names('?sort=name&direction=desc'))[0]).toBe('Jugendparlament');
      expect((await names('?sort=kind'))[0]).toBe('Ausländerbehörde');
      expect(await names('?sort=updatedAt&direction=desc')).toEqual([
        'Jugendparlament',
        'Berufskolleg',
        'AWO',
        'Jobcenter',
        'Ausländerbehörde',
      ]);
    });

    it('filters by area, kind and each tick box', async () => {
      expect(await names('?area=work_economy')).toEqual(['Jobcenter']);
      expect(await names('?kind=administration')).toEqual([
        'Ausländerbehörde',
        'Berufskolleg',
        'Jobcenter',
      ]);
      expect(await names('?isPartner=true')).toEqual(['AWO', 'Jobcenter']);
      expect(await names('?isPartner=false&kind=administration')).toEqual([
        'Ausländerbehörde',
        'Berufskolleg',
      ]);
      expect(await names('?plannedCoreGroup=true')).toEqual(['Ausländerbehörde']);
      expect(await names('?existingCooperation=true')).toEqual(['Jobcenter']);
      expect(await names('?extendedForums=true')).toEqual(['AWO']);
      expect((await list('?area=social&isPartner=false')).total).toBe(0);
    });

    it('searches names, contact names and contributions, taking % and _ literally', async () => {
      expect(await names('?q=jugend')).toEqual(['Jugendparlament']);
      expect(await names('?q=wolf')).toEqual(['Ausländerbehörde']);
      expect(await names('?q=ausbildung')).toEqual(['Jobcenter']);
      expect(await names(`?q=${encodeURIComponent('100%')}`)).toEqual(['Berufskolleg']);
      expect(await names(`?q=${encodeURIComponent('%')}`)).toEqual(['Berufskolleg']);
      expect(await names('?q=_')).toEqual([]);
    });

    it('sorts umlauts in German order and finds them in any case', async () => {
      await create({ name: 'Ärztekammer', contacts: [{ name: 'Jörg Öztürk' }] });
      expect((await names()).slice(0, 3)).toEqual(['Ärztekammer', 'Ausländerbehörde', 'AWO']);
      expect(await names(`?q=${encodeURIComponent('ÄRZTE')}`)).toEqual(['Ärztekammer']);
      expect(await names(`?q=${encodeURIComponent('öztürk')}`)).toEqual(['Ärztekammer']);
    });

    it('refuses unknown filters and sorts with field errors', async () => {
      for (const [query, field] of [
        ['?area=kultur', 'area'],
        ['?isPartner=vielleicht', 'isPartner'],
        ['?sort=website', 'sort'],
        ['?direction=up', 'direction'],
        ['?pageSize=101', 'pageSize'],
        [`?q=${'x'.repeat(201)}`, 'q'],
      ] as const) {
        const response = await t.api.get(`${base()}${query}`, token());
        expectProblem(response, 400, PROBLEM_TYPES.validation);
        expect(fieldsOf(response)).toEqual([field]);
      }
    });

    it('lists each actor with its representatives', async () => {
      const awo = (await list('?q=AWO')).items[0]!;
      const other = await createUser(t.api, { displayName: 'Nicole Braun' });
      await addMember(t.dataSource, initiativeId, other, 'partner');
      for (const user of [partner, other]) {
        await t.api.post(`${base()}/${awo.id}/representatives`, { userId: user.id }, token());
      }
      const items = (await list()).items;
      expect(items.find((a) => a.name === 'AWO')!.representatives).toEqual([
        { userId: partner.id, displayName: 'Aylin Demir' },
        { userId: other.id, displayName: 'Nicole Braun' },
      ]);
      expect(items.find((a) => a.name === 'Jobcenter')!.representatives).toEqual([]);
    });
  });

  describe('the summary per area', () => {
    it('counts actors, planned core-group members and partners, and warns about uncovered core areas', async () => {
      await create({
        name: 'A',
        area: 'migration_integration',
        plannedCoreGroup: true,
        isPartner: true,
      });
      await create({ name: 'B', area: 'migration_integration', isPartner: true });
      await create({ name: 'C', area: 'work_economy' });
      await create({ name: 'D', area: 'other', plannedCoreGroup: true });
      const response = await t.api.get<ActorAreaSummary[]>(`${base()}/summary`, {
        token: partner.token,
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual([
        {
          area: 'migration_integration',
          actors: 2,
          plannedCoreGroup: 1,
          partners: 2,
          missingCoreGroupMember: false,
        },
        {
          area: 'work_economy',
          actors: 1,
          plannedCoreGroup: 0,
          partners: 0,
          missingCoreGroupMember: true,
        },
        {
          area: 'social',
          actors: 0,
          plannedCoreGroup: 0,
          partners: 0,
          missingCoreGroupMember: true,
        },
        {
          area: 'education',
          actors: 0,
          plannedCoreGroup: 0,
          partners: 0,
          missingCoreGroupMember: true,
        },
        {
          area: 'other',
          actors: 1,
          plannedCoreGroup: 1,
          partners: 0,
          missingCoreGroupMember: false,
        },
      ]);
    });
  });

  describe('representatives', () => {
    it('adds a member as representative once, and removes them', async () => {
      const actor = await create({ name: 'Jugendmigrationsdienst', isPartner: true });
      const url = `${base()}/${actor.id}/representatives`;
      const added = await t.api.post<Actor>(url, { userId: partner.id }, token());
      expect(added.status).toBe(201);
      expect(added.body.representatives).toEqual([
        { userId: partner.id, displayName: 'Aylin Demir' },
      ]);
      expectProblem(
        await t.api.post(url, { userId: partner.id }, token()),
        409,
        PROBLEM_TYPES.conflict,
      );

      expect((await t.api.delete(`${url}/${partner.id}`, token())).status).toBe(204);
      expectProblem(await t.api.delete(`${url}/${partner.id}`, token()), 404);
      expect(
        (await t.api.get<Actor>(`${base()}/${actor.id}`, token())).body.representatives,
      ).toEqual([]);
    });

    it('refuses a user who is not a member of this initiative', async () => {
      const actor = await create();
      const stranger = await createUser(t.api);
      for (const userId of [stranger.id, '00000000-0000-4000-8000-000000000000']) {
        const response = await t.api.post(
          `${base()}/${actor.id}/representatives`,
          { userId },
          token(),
        );
        expectProblem(response, 400, PROBLEM_TYPES.validation);
        expect(fieldsOf(response)).toEqual(['userId']);
      }
    });

    it('answers 404 for an unknown actor', async () => {
      const response = await t.api.post(
        `${base()}/00000000-0000-4000-8000-000000000000/representatives`,
        { userId: partner.id },
        token(),
      );
      expectProblem(response, 404);
    });

    it('drops the representation when the member leaves the initiative', async () => {
      const actor = await create();
      await t.api.post(`${base()}/${actor.id}/representatives`, { userId: partner.id }, token());
      const [{ id }] = await t.dataSource.query(
        'SELECT id FROM memberships WHERE initiative_id = $1 AND user_id = $2',
        [initiativeId, partner.id],
      );
      await t.api.delete(`/api/v1/initiatives/${initiativeId}/members/${id}`, token());
      expect(
        (await t.api.get<Actor>(`${base()}/${actor.id}`, token())).body.representatives,
      ).toEqual([]);
    });
  });
});
