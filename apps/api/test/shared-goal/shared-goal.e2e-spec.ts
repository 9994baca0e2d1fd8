import { PROBLEM_TYPES, type SharedGoal } from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('shared goal', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let partner: TestUser;
  let initiativeId: string;
  const url = () => `/api/v1/initiatives/${initiativeId}/shared-goal`;
  const put = (body: unknown) =>
    t.api.request<SharedGoal>('PUT', url(), body, { token: coordinator.token });
  const read = async () => (await t.api.get<SharedGoal>(url(), { token: partner.token })).body;

  beforeAll(async () => {
    t = await startTestApp();
    partner = await createUser(t.api);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    coordinator = await createUser(t.api);
    initiativeId = (await createInitiative(t.api, coordinator)).id;
    await addMember(t.dataSource, initiativeId, partner, 'partner');
  });

  it('starts empty with the initiative', async () => {
    expect(await read()).toEqual({ vision: '', goals: [], version: 1, updatedAt: null });
  });

  it('sets the vision and the goals in the given order', async () => {
    const response = await put({
      vision: 'Kein junger Mensch geht zwischen Schule und Beruf verloren.',
      goals: [
        { title: ' Kein Abschluss ohne Anschluss ', description: 'Jede Schülerin hat einen Plan.' },
        { title: 'Ausbildungsabbrüche halbieren' },
      ],
      version: 1,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      vision: 'Kein junger Mensch geht zwischen Schule und Beruf verloren.',
      goals: [
        {
          id: expect.any(String),
          title: 'Kein Abschluss ohne Anschluss',
          description: 'Jede Schülerin hat einen Plan.',
          position: 1,
        },
        {
          id: expect.any(String),
          title: 'Ausbildungsabbrüche halbieren',
          description: '',
          position: 2,
        },
      ],
      version: 2,
      updatedAt: expect.any(String),
    });
    expect(await read()).toEqual(response.body);
  });

  it('replaces the goals: known ids are kept and updated, new ones created, missing ones deleted', async () => {
    const first = (
      await put({
        vision: 'V',
        goals: [{ title: 'A' }, { title: 'B' }, { title: 'C' }],
        version: 1,
      })
    ).body;
    const [a, b, c] = first.goals;
    const second = await put({
      vision: 'V2',
      goals: [
        { id: c!.id, title: 'C neu', description: 'jetzt zuerst' },
        { title: 'D' },
        { id: a!.id, title: 'A' },
      ],
      version: 2,
    });
    expect(second.body.goals).toEqual([
      { id: c!.id, title: 'C neu', description: 'jetzt zuerst', position: 1 },
      { id: expect.any(String), title: 'D', description: '', position: 2 },
      { id: a!.id, title: 'A', description: '', position: 3 },
    ]);
    expect(second.body.goals.map((g) => g.id)).not.toContain(b!.id);
    expect(second.body).toMatchObject({ vision: 'V2', version: 3 });
    const [{ count }] = await t.dataSource.query(
      'SELECT count(*)::int AS count FROM goals WHERE id = $1',
      [b!.id],
    );
    expect(count).toBe(0);

    const cleared = await put({ vision: '', goals: [], version: 3 });
    expect(cleared.body).toMatchObject({ vision: '', goals: [], version: 4 });
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    await put({ vision: 'Erste', goals: [{ title: 'A' }], version: 1 });
    const stale = await put({ vision: 'Zweite', goals: [], version: 1 });
    expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
    expect(await read()).toMatchObject({ vision: 'Erste', goals: [{ title: 'A' }], version: 2 });
  });

  it('refuses goal ids of another initiative, and ids given twice, and changes nothing', async () => {
    const other = await createInitiative(t.api, coordinator);
    const theirs = await t.api.request<SharedGoal>(
      'PUT',
      `/api/v1/initiatives/${other.id}/shared-goal`,
      { vision: 'X', goals: [{ title: 'Fremd' }], version: 1 },
      { token: coordinator.token },
    );
    const foreignId = theirs.body.goals[0]!.id;
    const mine = (await put({ vision: 'V', goals: [{ title: 'A' }], version: 1 })).body;

    const foreign = await put({ vision: 'V', goals: [{ title: 'A', id: foreignId }], version: 2 });
    expectProblem(foreign, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(foreign)).toEqual(['goals.0.id']);
    const twice = await put({
      vision: 'V',
      goals: [
        { id: mine.goals[0]!.id, title: 'A' },
        { id: mine.goals[0]!.id, title: 'A2' },
      ],
      version: 2,
    });
    expect(fieldsOf(twice)).toEqual(['goals.1.id']);
    expect(await read()).toEqual(mine);
    const [{ title }] = await t.dataSource.query('SELECT title FROM goals WHERE id = $1', [
      foreignId,
    ]);
    expect(title).toBe('Fremd');
  });

  it.each([
    [
      'more than 30 goals',
      { goals: Array.from({ length: 31 }, (_, i) => ({ title: `Ziel ${i}` })) },
      'goals',
    ],
    ['a goal without title', { goals: [{ title: '' }] }, 'goals.0.title'],
    ['a vision that is too long', { vision: 'x'.repeat(4001) }, 'vision'],
    ['no version', { version: undefined }, 'version'],
    ['a goal id that is no UUID', { goals: [{ id: '1', title: 'A' }] }, 'goals.0.id'],
  ])('refuses %s', async (_label, body, field) => {
    const response = await put({ vision: 'V', goals: [], version: 1, ...body });
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual([field]);
  });

  it('lets only coordination change it', async () => {
    const response = await t.api.request(
      'PUT',
      url(),
      { vision: 'V', goals: [], version: 1 },
      {
        token: partner.token,
      },
    );
    expectProblem(response, 403);
  });
});
