import { type Dimension, PROBLEM_TYPES, type Role } from '@gw/shared/contracts';
import {
  createInitiativeFixture,
  createUsersPerRole,
  type InitiativeFixture,
} from '../support/fixture';
import type { TestUser } from '../support/factories';
import { createDimension } from '../support/phase-two';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('disaggregation dimensions', () => {
  let t: TestApp;
  let users: Record<Role | 'non-member', TestUser>;
  let f: InitiativeFixture;
  const url = (path = '') => `/api/v1/initiatives/${f.initiativeId}/dimensions${path}`;
  const as = (role: Role = 'coordination') => ({ token: f.users[role].token });
  const create = (overrides: Parameters<typeof createDimension>[3] = {}) =>
    createDimension(t.api, f.initiativeId, users.coordination, overrides);
  const patch = (id: string, body: object) => t.api.patch<Dimension>(url(`/${id}`), body, as());

  beforeAll(async () => {
    t = await startTestApp();
    users = await createUsersPerRole(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    f = await createInitiativeFixture(t, users);
  });

  it('adds a dimension with ordered values; every member reads them in the order added', async () => {
    const response = await t.api.post<Dimension>(
      url(),
      {
        name: ' Altersgruppe ',
        values: [{ value: '14–17' }, { value: ' 18–21 ' }, { value: '22–27' }],
      },
      as(),
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'Altersgruppe',
      values: [
        { id: expect.any(String), value: '14–17' },
        { id: expect.any(String), value: '18–21' },
        { id: expect.any(String), value: '22–27' },
      ],
      version: 1,
    });
    const list = await t.api.get<Dimension[]>(url(), as('observer'));
    expect(list.body.map((d) => d.name)).toEqual(['Stadtteil', 'Altersgruppe']);
    expect(list.body[1]).toEqual(response.body);
  });

  it('replaces values like a list: kept ids stay (renamed, moved), new ones created, missing deleted', async () => {
    const [mitte, nord] = (await t.api.get<Dimension>(url(`/${f.dimensionId}`), as())).body.values;
    const changed = await patch(f.dimensionId, {
      values: [{ value: 'Süd' }, { id: nord!.id, value: 'Nordviertel' }],
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.values).toEqual([
      { id: expect.any(String), value: 'Süd' },
      { id: nord!.id, value: 'Nordviertel' },
    ]);
    expect(changed.body.values.map((v) => v.id)).not.toContain(mitte!.id);
    expect(changed.body.version).toBe(2);
  });

  it('lets two values swap their names in one change', async () => {
    const [mitte, nord] = (await t.api.get<Dimension>(url(`/${f.dimensionId}`), as())).body.values;
    const swapped = await patch(f.dimensionId, {
      values: [
        { id: mitte!.id, value: 'Nord' },
        { id: nord!.id, value: 'Mitte' },
      ],
      version: 1,
    });
    expect(swapped.status).toBe(200);
    expect(swapped.body.values).toEqual([
      { id: mitte!.id, value: 'Nord' },
      { id: nord!.id, value: 'Mitte' },
    ]);
  });

  it('refuses the same value twice (regardless of case) and unknown value ids', async () => {
    const twice = await t.api.post(
      url(),
      { name: 'Geschlecht', values: [{ value: 'divers' }, { value: 'DIVERS' }] },
      as(),
    );
    expectProblem(twice, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(twice)).toEqual(['values.1.value']);
    const other = await create({ values: [{ value: 'A' }] });
    const foreign = await patch(f.dimensionId, {
      values: [{ id: other.values[0]!.id, value: 'A' }],
      version: 1,
    });
    expect(fieldsOf(foreign)).toEqual(['values.0.id']);
  });

  it('keeps names unique regardless of case and refuses stale versions', async () => {
    expectProblem(
      await t.api.post(url(), { name: 'STADTTEIL', values: [] }, as()),
      409,
      PROBLEM_TYPES.duplicateName,
    );
    expect((await patch(f.dimensionId, { name: 'Ortsteil', version: 1 })).status).toBe(200);
    expectProblem(
      await patch(f.dimensionId, { name: 'Quartier', version: 1 }),
      409,
      PROBLEM_TYPES.staleVersion,
    );
  });

  it.each([
    ['no values', { name: 'X' }, ['values']],
    ['an empty value', { name: 'X', values: [{ value: ' ' }] }, ['values.0.value']],
    ['a value too long', { name: 'X', values: [{ value: 'x'.repeat(101) }] }, ['values.0.value']],
    [
      '101 values',
      { name: 'X', values: Array.from({ length: 101 }, (_, i) => ({ value: `${i}` })) },
      ['values'],
    ],
    ['a name too long', { name: 'x'.repeat(101), values: [] }, ['name']],
  ])('refuses %s', async (_label, body, expected) => {
    const response = await t.api.post(url(), body, as());
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual(expected);
  });

  it('refuses to delete a dimension an indicator uses, naming it, and deletes an unused one', async () => {
    const used = await t.api.delete(url(`/${f.dimensionId}`), as());
    expectProblem(used, 409, PROBLEM_TYPES.inUse);
    expect(used.body.detail).toContain('"Anschlussquote"');
    const unused = await create({ values: [{ value: 'A' }] });
    expect((await t.api.delete(url(`/${unused.id}`), as())).status).toBe(204);
    expectProblem(await t.api.get(url(`/${unused.id}`), as()), 404);
  });
});
