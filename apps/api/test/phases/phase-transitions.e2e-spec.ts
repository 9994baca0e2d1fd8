import { type Initiative, type PhaseTransition, PROBLEM_TYPES } from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { putAgreementInForce } from '../support/fixture';
import { detailOf, expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('phase transitions', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let steering: TestUser;
  let observer: TestUser;
  let initiativeId: string;
  const base = () => `/api/v1/initiatives/${initiativeId}`;
  const propose = (to: string, rationale = 'Die Vereinbarung ist in Kraft.') =>
    t.api.post<PhaseTransition>(
      `${base()}/phase-transitions`,
      { to, rationale },
      {
        token: coordinator.token,
      },
    );
  const decide = (id: string, decision: 'approve' | 'reject', comment?: string, by = steering) =>
    t.api.post<PhaseTransition>(
      `${base()}/phase-transitions/${id}/decision`,
      { decision, ...(comment !== undefined && { comment }) },
      { token: by.token },
    );
  const initiative = async () =>
    (await t.api.get<Initiative>(base(), { token: coordinator.token })).body;
  const agreementInForce = () => putAgreementInForce(t, initiativeId);
  const approvedActionPlan = async () => {
    await t.dataSource.query(
      `INSERT INTO artifact_versions (artifact_id, number, status, content, content_hash)
       SELECT id, 1, 'approved', '{}', md5(random()::text) FROM artifacts
        WHERE initiative_id = $1 AND kind = 'action_plan'`,
      [initiativeId],
    );
  };
  const intoGestaltung = async () => {
    await agreementInForce();
    const proposal = await propose('gestaltung');
    await decide(proposal.body.id, 'approve');
  };

  beforeAll(async () => {
    t = await startTestApp();
    steering = await createUser(t.api, { displayName: 'Petra Steuerung' });
    observer = await createUser(t.api, { displayName: 'Jan Beobachter' });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    initiativeId = (await createInitiative(t.api, coordinator)).id;
    await addMember(t.dataSource, initiativeId, steering, 'steering');
    await addMember(t.dataSource, initiativeId, observer, 'observer');
  });

  it('refuses to propose Gestaltung while no version of the cooperation agreement is in force', async () => {
    const response = await propose('gestaltung');
    expectProblem(response, 409, PROBLEM_TYPES.phasePrecondition);
    expect(detailOf(response)).toContain('cooperation agreement');
    expect(detailOf(response)).toContain('in force');
    const history = await t.api.get(`${base()}/phase-transitions`, { token: coordinator.token });
    expect(history.body).toEqual([]);
  });

  it('accepts the proposal once an agreement version is in force', async () => {
    await agreementInForce();
    const response = await propose('gestaltung', '  Alle Partner haben unterzeichnet. ');
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      from: 'initiierung',
      to: 'gestaltung',
      rationale: 'Alle Partner haben unterzeichnet.',
      status: 'pending',
      proposedBy: { userId: coordinator.id, displayName: 'Miriam Koordination' },
      proposedAt: expect.any(String),
      decidedBy: null,
      decidedAt: null,
      comment: null,
    });
    expect((await initiative()).phase).toBe('initiierung');
  });

  it('refuses a second proposal while one is pending', async () => {
    await agreementInForce();
    expect((await propose('gestaltung')).status).toBe(201);
    expectProblem(await propose('gestaltung'), 409, PROBLEM_TYPES.transitionPending);
  });

  it('lets only one of two simultaneous proposals through', async () => {
    await agreementInForce();
    const statuses = (await Promise.all([propose('gestaltung'), propose('gestaltung')]))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('refuses any phase but the next one, saying which one is next', async () => {
    await agreementInForce();
    for (const to of ['umsetzung', 'initiierung']) {
      const response = await propose(to);
      expectProblem(response, 409, PROBLEM_TYPES.invalidState);
      expect(detailOf(response)).toContain('only the next phase, Gestaltung');
    }
    const unknown = await propose('abschluss');
    expectProblem(unknown, 400, PROBLEM_TYPES.validation);
  });

  it('changes the phase on approval, in the same transaction, and increments the version', async () => {
    await agreementInForce();
    const before = await initiative();
    const proposal = await propose('gestaltung');
    const response = await decide(proposal.body.id, 'approve', 'Einstimmig beschlossen.');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'approved',
      decidedBy: { userId: steering.id, displayName: 'Petra Steuerung' },
      decidedAt: expect.any(String),
      comment: 'Einstimmig beschlossen.',
    });
    const after = await initiative();
    expect(after.phase).toBe('gestaltung');
    expect(after.version).toBe(before.version + 1);
    const phases = await t.api.get(`${base()}/phases`, { token: observer.token });
    expect(
      phases.body.map((p: { current: boolean; completed: boolean }) => [p.current, p.completed]),
    ).toEqual([
      [false, true],
      [true, false],
      [false, false],
    ]);
  });

  it('keeps the phase on rejection, and a new proposal can follow', async () => {
    await agreementInForce();
    const proposal = await propose('gestaltung');
    const response = await decide(
      proposal.body.id,
      'reject',
      'Erst die Steuerungsgruppe vervollständigen.',
    );
    expect(response.body).toMatchObject({
      status: 'rejected',
      comment: 'Erst die Steuerungsgruppe vervollständigen.',
    });
    const after = await initiative();
    expect(after).toMatchObject({ phase: 'initiierung', version: 1 });
    expect((await propose('gestaltung')).status).toBe(201);
  });

  it('lets only the steering group decide', async () => {
    await agreementInForce();
    const proposal = await propose('gestaltung');
    for (const member of [coordinator, observer]) {
      expectProblem(await decide(proposal.body.id, 'approve', undefined, member), 403);
    }
    expect((await initiative()).phase).toBe('initiierung');
  });

  it('checks the precondition again at approval time', async () => {
    await agreementInForce();
    const proposal = await propose('gestaltung');
    await t.dataSource.query(
      `UPDATE artifact_versions SET status = 'superseded'
        WHERE artifact_id IN (SELECT id FROM artifacts WHERE initiative_id = $1)`,
      [initiativeId],
    );
    const response = await decide(proposal.body.id, 'approve');
    expectProblem(response, 409, PROBLEM_TYPES.phasePrecondition);
    expect((await initiative()).phase).toBe('initiierung');
    const history = await t.api.get<PhaseTransition[]>(`${base()}/phase-transitions`, {
      token: coordinator.token,
    });
    expect(history.body[0]!.status).toBe('pending');
  });

  it('refuses Umsetzung until an action-plan baseline is approved', async () => {
    await intoGestaltung();
    const refused = await propose('umsetzung');
    expectProblem(refused, 409, PROBLEM_TYPES.phasePrecondition);
    expect(detailOf(refused)).toContain('action plan');
    await approvedActionPlan();
    const proposal = await propose('umsetzung');
    expect(proposal.body).toMatchObject({ from: 'gestaltung', to: 'umsetzung', status: 'pending' });
    await decide(proposal.body.id, 'approve');
    expect((await initiative()).phase).toBe('umsetzung');
    const last = await propose('umsetzung');
    expectProblem(last, 409, PROBLEM_TYPES.invalidState);
    expect(detailOf(last)).toContain('last phase');
  });

  it('lets coordination withdraw a pending proposal, which can then no longer be decided', async () => {
    await agreementInForce();
    const proposal = await propose('gestaltung');
    const withdrawn = await t.api.post<PhaseTransition>(
      `${base()}/phase-transitions/${proposal.body.id}/withdraw`,
      undefined,
      { token: coordinator.token },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      decidedBy: { userId: coordinator.id },
    });
    expectProblem(await decide(proposal.body.id, 'approve'), 409, PROBLEM_TYPES.invalidState);
    const again = await t.api.post(
      `${base()}/phase-transitions/${proposal.body.id}/withdraw`,
      undefined,
      { token: coordinator.token },
    );
    expectProblem(again, 409, PROBLEM_TYPES.invalidState);
    expect((await propose('gestaltung')).status).toBe(201);
  });

  it('answers 404 to an unknown proposal', async () => {
    const response = await decide('00000000-0000-4000-8000-000000000000', 'approve');
    expectProblem(response, 404);
  });

  it('shows the history newest first with who, when, rationale and comment, to every member', async () => {
    await agreementInForce();
    const first = await propose('gestaltung', 'Erster Anlauf');
    await decide(first.body.id, 'reject', 'Zu früh.');
    const second = await propose('gestaltung', 'Zweiter Anlauf');
    await decide(second.body.id, 'approve');
    const history = await t.api.get<PhaseTransition[]>(`${base()}/phase-transitions`, {
      token: observer.token,
    });
    expect(history.status).toBe(200);
    expect(
      history.body.map((h) => [h.rationale, h.status, h.comment, h.decidedBy?.displayName]),
    ).toEqual([
      ['Zweiter Anlauf', 'approved', null, 'Petra Steuerung'],
      ['Erster Anlauf', 'rejected', 'Zu früh.', 'Petra Steuerung'],
    ]);
    expect(history.body[1]!.proposedBy).toEqual({
      userId: coordinator.id,
      displayName: 'Miriam Koordination',
    });
  });
});
