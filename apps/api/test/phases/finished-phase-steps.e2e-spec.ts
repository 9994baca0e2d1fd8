import { PROBLEM_TYPES, ROLES, type Step } from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { stepsOf } from '../support/phase-one';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the steps of a finished phase', () => {
  let t: TestApp;
  let coordinator: TestUser;
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
    initiativeId = (await createInitiative(t.api, coordinator)).id;
  });

  describe('once the initiative is in the second phase', () => {
    beforeEach(async () => {
      // The initiative has moved on to the second phase; the first is finished.
      await t.dataSource.query(`UPDATE initiatives SET phase = 'gestaltung' WHERE id = $1`, [
        initiativeId,
      ]);
    });

    it('refuses coordination to change, add or delete them with 409 phase-finished, and leaves them as they were', async () => {
      const finished = await step('form_steering_group');
      const changed = await t.api.patch(
        `${base()}/steps/${finished.id}`,
        { status: 'done', version: finished.version },
        token(),
      );
      expectProblem(changed, 409, PROBLEM_TYPES.phaseFinished);
      expect(changed.body.detail).toContain('Initiierung');
      const added = await t.api.post(
        `${base()}/steps`,
        { phase: 'initiierung', title: 'Nachtrag' },
        token(),
      );
      expectProblem(added, 409, PROBLEM_TYPES.phaseFinished);
      await t.dataSource.query(
        `INSERT INTO steps (initiative_id, phase, title, position) VALUES ($1, 'initiierung', 'Eigener', 9)`,
        [initiativeId],
      );
      const own = (await stepsOf(t.api, initiativeId, coordinator)).find(
        (s) => s.title === 'Eigener',
      )!;
      expectProblem(
        await t.api.delete(`${base()}/steps/${own.id}`, token()),
        409,
        PROBLEM_TYPES.phaseFinished,
      );
      expect(await step('form_steering_group')).toEqual(finished);
      expect(await stepsOf(t.api, initiativeId, coordinator)).toHaveLength(14);
    });

    it('still lets coordination change the steps of the current and the next phase', async () => {
      for (const key of ['develop_action_plan', 'communicate_and_align']) {
        const open = await step(key);
        const response = await t.api.patch<Step>(
          `${base()}/steps/${open.id}`,
          { status: 'in_progress', version: open.version },
          token(),
        );
        expect(response.status).toBe(200);
      }
    });

    it.each(ROLES.filter((role) => role !== 'coordination'))(
      'answers %s 403 before it comes to the phase',
      async (role) => {
        const member = await createUser(t.api);
        await addMember(t.dataSource, initiativeId, member, role);
        const finished = await step('form_steering_group');
        expectProblem(
          await t.api.patch(
            `${base()}/steps/${finished.id}`,
            { status: 'done', version: finished.version },
            { token: member.token },
          ),
          403,
        );
      },
    );
  });
});
