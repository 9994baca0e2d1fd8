import { PROBLEM_TYPES, type PhaseOverview, type Step } from '@gw/shared/contracts';
import {
  addMember,
  createInitiative,
  createUser,
  membershipId,
  type TestUser,
} from '../support/factories';
import { stepsOf } from '../support/phase-one';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('phases and steps', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let partner: TestUser;
  let initiativeId: string;
  const base = () => `/api/v1/initiatives/${initiativeId}`;
  const token = () => ({ token: coordinator.token });
  const step = async (key: string) =>
    (await stepsOf(t.api, initiativeId, coordinator)).find((s) => s.key === key)!;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    partner = await createUser(t.api, { displayName: 'Aylin Partner' });
    initiativeId = (await createInitiative(t.api, coordinator)).id;
    await addMember(t.dataSource, initiativeId, partner, 'partner');
  });

  it('creates the three phases with their predefined steps with the initiative, readable by every member', async () => {
    const response = await t.api.get<PhaseOverview[]>(`${base()}/phases`, { token: partner.token });
    expect(response.status).toBe(200);
    expect(response.body.map((p) => [p.phase, p.current, p.completed, p.steps.length])).toEqual([
      ['initiierung', true, false, 4],
      ['gestaltung', false, false, 5],
      ['umsetzung', false, false, 4],
    ]);
    expect(response.body[0]!.steps.map((s) => s.key)).toEqual([
      'identify_owner_and_actors',
      'form_steering_group',
      'secure_coordination_resources',
      'develop_shared_goal',
    ]);
    expect(response.body[0]!.steps[0]).toEqual({
      id: expect.any(String),
      phase: 'initiierung',
      key: 'identify_owner_and_actors',
      title: null,
      position: 1,
      status: 'open',
      responsible: null,
      dueDate: null,
      note: '',
      version: 1,
    });
  });

  describe('updating a step', () => {
    it('sets status, responsible, due date and note, and increments the version', async () => {
      const target = await step('form_steering_group');
      const partnerMembership = await membershipId(t.dataSource, initiativeId, partner.id);
      const response = await t.api.patch<Step>(
        `${base()}/steps/${target.id}`,
        {
          status: 'in_progress',
          responsibleMemberId: partnerMembership,
          dueDate: '2026-03-31',
          note: 'Einladungen an die Dezernate gehen raus.',
          version: 1,
        },
        token(),
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: target.id,
        status: 'in_progress',
        responsible: { memberId: partnerMembership, displayName: 'Aylin Partner' },
        dueDate: '2026-03-31',
        note: 'Einladungen an die Dezernate gehen raus.',
        version: 2,
      });
      expect(await step('form_steering_group')).toEqual(response.body);

      const cleared = await t.api.patch<Step>(
        `${base()}/steps/${target.id}`,
        { responsibleMemberId: null, dueDate: null, version: 2 },
        token(),
      );
      expect(cleared.body).toMatchObject({
        responsible: null,
        dueDate: null,
        status: 'in_progress',
        version: 3,
      });
    });

    it('answers 409 stale-version to an update based on an old version', async () => {
      const target = await step('develop_shared_goal');
      await t.api.patch(`${base()}/steps/${target.id}`, { status: 'done', version: 1 }, token());
      const stale = await t.api.patch(
        `${base()}/steps/${target.id}`,
        { status: 'not_applicable', version: 1 },
        token(),
      );
      expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
      expect((await step('develop_shared_goal')).status).toBe('done');
    });

    it('refuses a responsible who is not a member of this initiative with a field error', async () => {
      const target = await step('develop_shared_goal');
      const stranger = await createUser(t.api);
      const other = await createInitiative(t.api, stranger);
      const foreignMember = await membershipId(t.dataSource, other.id, stranger.id);
      for (const responsibleMemberId of [foreignMember, '00000000-0000-4000-8000-000000000000']) {
        const response = await t.api.patch(
          `${base()}/steps/${target.id}`,
          { responsibleMemberId, version: 1 },
          token(),
        );
        expectProblem(response, 400, PROBLEM_TYPES.validation);
        expect(fieldsOf(response)).toEqual(['responsibleMemberId']);
      }
      expect((await step('develop_shared_goal')).version).toBe(1);
    });

    it('clears the responsible when the member leaves the initiative', async () => {
      const target = await step('develop_shared_goal');
      const partnerMembership = await membershipId(t.dataSource, initiativeId, partner.id);
      await t.api.patch(
        `${base()}/steps/${target.id}`,
        { responsibleMemberId: partnerMembership, version: 1 },
        token(),
      );
      await t.api.delete(`${base()}/members/${partnerMembership}`, token());
      expect((await step('develop_shared_goal')).responsible).toBeNull();
    });

    it.each([
      ['a date that does not exist', { dueDate: '2026-02-30' }, 'dueDate'],
      ['a date in another format', { dueDate: '31.03.2026' }, 'dueDate'],
      ['an unknown status', { status: 'finished' }, 'status'],
      ['a note that is too long', { note: 'x'.repeat(2001) }, 'note'],
      ['no version', { version: undefined, status: 'done' }, 'version'],
    ])('refuses %s', async (_label, body, field) => {
      const target = await step('develop_shared_goal');
      const response = await t.api.patch(
        `${base()}/steps/${target.id}`,
        { version: 1, ...body },
        token(),
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('changes the title of a step coordination added, but not of a predefined one', async () => {
      const predefined = await step('develop_shared_goal');
      const refused = await t.api.patch(
        `${base()}/steps/${predefined.id}`,
        { title: 'Leitbild', version: 1 },
        token(),
      );
      expectProblem(refused, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(refused)).toEqual(['title']);

      const own = await t.api.post<Step>(
        `${base()}/steps`,
        { phase: 'initiierung', title: 'Auftakt planen' },
        token(),
      );
      const renamed = await t.api.patch<Step>(
        `${base()}/steps/${own.body.id}`,
        { title: '  Auftaktveranstaltung planen ', version: 1 },
        token(),
      );
      expect(renamed.body).toMatchObject({
        title: 'Auftaktveranstaltung planen',
        key: null,
        version: 2,
      });
    });

    it('answers 404 to an unknown step', async () => {
      const response = await t.api.patch(
        `${base()}/steps/00000000-0000-4000-8000-000000000000`,
        { status: 'done', version: 1 },
        token(),
      );
      expectProblem(response, 404);
    });
  });

  describe("coordination's own steps", () => {
    it('appends a new step at the end of its phase', async () => {
      const partnerMembership = await membershipId(t.dataSource, initiativeId, partner.id);
      const first = await t.api.post<Step>(
        `${base()}/steps`,
        {
          phase: 'gestaltung',
          title: 'Fachtag Übergang Schule–Beruf',
          responsibleMemberId: partnerMembership,
          dueDate: '2026-09-15',
          note: 'Mit allen Schulen',
        },
        token(),
      );
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        id: expect.any(String),
        phase: 'gestaltung',
        key: null,
        title: 'Fachtag Übergang Schule–Beruf',
        position: 6,
        status: 'open',
        responsible: { memberId: partnerMembership, displayName: 'Aylin Partner' },
        dueDate: '2026-09-15',
        note: 'Mit allen Schulen',
        version: 1,
      });
      const second = await t.api.post<Step>(
        `${base()}/steps`,
        { phase: 'gestaltung', title: 'Presse einladen' },
        token(),
      );
      expect(second.body.position).toBe(7);
      const overview = await t.api.get<PhaseOverview[]>(`${base()}/phases`, token());
      expect(overview.body[1]!.steps.slice(-2).map((s) => s.title)).toEqual([
        'Fachtag Übergang Schule–Beruf',
        'Presse einladen',
      ]);
    });

    it('refuses a new step without title or with a responsible from elsewhere', async () => {
      const empty = await t.api.post(
        `${base()}/steps`,
        { phase: 'gestaltung', title: '   ' },
        token(),
      );
      expectProblem(empty, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(empty)).toEqual(['title']);
      const stranger = await createUser(t.api);
      const other = await createInitiative(t.api, stranger);
      const foreign = await t.api.post(
        `${base()}/steps`,
        {
          phase: 'gestaltung',
          title: 'X',
          responsibleMemberId: await membershipId(t.dataSource, other.id, stranger.id),
        },
        token(),
      );
      expect(fieldsOf(foreign)).toEqual(['responsibleMemberId']);
      expect(await stepsOf(t.api, initiativeId, coordinator)).toHaveLength(13);
    });

    it('deletes a step coordination added, and refuses to delete a predefined one', async () => {
      const own = await t.api.post<Step>(
        `${base()}/steps`,
        { phase: 'umsetzung', title: 'Feier' },
        token(),
      );
      expect((await t.api.delete(`${base()}/steps/${own.body.id}`, token())).status).toBe(204);
      expectProblem(await t.api.delete(`${base()}/steps/${own.body.id}`, token()), 404);

      const predefined = await step('communicate_and_align');
      const refused = await t.api.delete(`${base()}/steps/${predefined.id}`, token());
      expectProblem(refused, 409, PROBLEM_TYPES.conflict);
      expect(refused.body.detail).toContain('not_applicable');
      expect(await stepsOf(t.api, initiativeId, coordinator)).toHaveLength(13);
    });
  });
});
