import { type ExistingBody, PROBLEM_TYPES } from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { createActor } from '../support/phase-one';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('existing bodies', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let observer: TestUser;
  let initiativeId: string;
  let jobcenter: string;
  let awo: string;
  const base = () => `/api/v1/initiatives/${initiativeId}/bodies`;
  const token = () => ({ token: coordinator.token });
  const create = (body: Record<string, unknown>) =>
    t.api.post<ExistingBody>(
      base(),
      { name: 'Jugendhilfeausschuss', type: 'committee', ...body },
      token(),
    );

  beforeAll(async () => {
    t = await startTestApp();
    observer = await createUser(t.api);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    coordinator = await createUser(t.api);
    initiativeId = (await createInitiative(t.api, coordinator)).id;
    await addMember(t.dataSource, initiativeId, observer, 'observer');
    jobcenter = (await createActor(t.api, initiativeId, coordinator, { name: 'Jobcenter' })).id;
    awo = (await createActor(t.api, initiativeId, coordinator, { name: 'AWO' })).id;
  });

  it('creates a body with its member actors, listed by type and name for every member', async () => {
    const created = await create({
      name: 'Arbeitskreis Übergang Schule–Beruf',
      type: 'working_circle',
      memberActorIds: [jobcenter, awo],
      notes: 'Trifft sich monatlich.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Arbeitskreis Übergang Schule–Beruf',
      type: 'working_circle',
      memberActorIds: [awo, jobcenter],
      notes: 'Trifft sich monatlich.',
      version: 1,
    });
    await create({ name: 'Jugendhilfeausschuss', type: 'committee' });
    await create({
      name: 'Ausbildungskonsens',
      type: 'cooperation_agreement',
      memberActorIds: [jobcenter],
    });
    const list = await t.api.get<ExistingBody[]>(base(), { token: observer.token });
    expect(list.body.map((b) => [b.type, b.name])).toEqual([
      ['committee', 'Jugendhilfeausschuss'],
      ['working_circle', 'Arbeitskreis Übergang Schule–Beruf'],
      ['cooperation_agreement', 'Ausbildungskonsens'],
    ]);
    const one = await t.api.get(`${base()}/${created.body.id}`, { token: observer.token });
    expect(one.body).toEqual(created.body);
  });

  it("refuses actor ids that are not this initiative's actors, naming each", async () => {
    const elsewhere = await createInitiative(t.api, coordinator);
    const foreign = (await createActor(t.api, elsewhere.id, coordinator, { name: 'Fremd' })).id;
    const response = await create({
      memberActorIds: [jobcenter, foreign, '00000000-0000-4000-8000-000000000000'],
    });
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual(['memberActorIds.1', 'memberActorIds.2']);
    expect((await t.api.get<ExistingBody[]>(base(), token())).body).toEqual([]);
  });

  it.each([
    ['an unknown type', { type: 'verein' }, 'type'],
    [
      'an id given twice',
      {
        memberActorIds: [
          '00000000-0000-4000-8000-000000000000',
          '00000000-0000-4000-8000-000000000000',
        ],
      },
      'memberActorIds',
    ],
    ['an id that is no UUID', { memberActorIds: ['abc'] }, 'memberActorIds'],
    ['notes that are too long', { notes: 'x'.repeat(4001) }, 'notes'],
    ['an empty name', { name: '' }, 'name'],
  ])('refuses %s', async (_label, body, field) => {
    const response = await create(body);
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual([field]);
  });

  it('replaces the members on update, increments the version and refuses a stale one', async () => {
    const body = (await create({ memberActorIds: [jobcenter] })).body;
    const updated = await t.api.patch<ExistingBody>(
      `${base()}/${body.id}`,
      { memberActorIds: [awo], version: 1 },
      token(),
    );
    expect(updated.body).toMatchObject({
      name: 'Jugendhilfeausschuss',
      memberActorIds: [awo],
      version: 2,
    });
    const renamed = await t.api.patch<ExistingBody>(
      `${base()}/${body.id}`,
      { name: 'JHA', version: 2 },
      token(),
    );
    expect(renamed.body).toMatchObject({ name: 'JHA', memberActorIds: [awo], version: 3 });
    const stale = await t.api.patch(`${base()}/${body.id}`, { notes: 'x', version: 2 }, token());
    expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
    const elsewhere = await createInitiative(t.api, coordinator);
    const foreign = (await createActor(t.api, elsewhere.id, coordinator)).id;
    const refused = await t.api.patch(
      `${base()}/${body.id}`,
      { memberActorIds: [foreign], version: 3 },
      token(),
    );
    expect(fieldsOf(refused)).toEqual(['memberActorIds.0']);
    expect(
      (await t.api.get<ExistingBody>(`${base()}/${body.id}`, token())).body.memberActorIds,
    ).toEqual([awo]);
  });

  it('drops a deleted actor from the bodies it was in', async () => {
    const body = (await create({ memberActorIds: [jobcenter, awo] })).body;
    await t.api.delete(`/api/v1/initiatives/${initiativeId}/actors/${awo}`, token());
    expect(
      (await t.api.get<ExistingBody>(`${base()}/${body.id}`, token())).body.memberActorIds,
    ).toEqual([jobcenter]);
  });

  it('deletes a body', async () => {
    const body = (await create({})).body;
    expect((await t.api.delete(`${base()}/${body.id}`, token())).status).toBe(204);
    expectProblem(await t.api.get(`${base()}/${body.id}`, token()), 404);
    expectProblem(await t.api.delete(`${base()}/${body.id}`, token()), 404);
  });
});
