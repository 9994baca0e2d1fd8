import {
  type ActionPlanContent,
  type Initiative,
  type Measure,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import { putAgreementInForce } from '../support/fixture';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { createMeasure } from '../support/phase-two';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the action plan and its baselines', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let steering: TestUser[];
  let initiative: Initiative;
  let base: string;
  let plan: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    steering = [];
    for (const name of ['Anna Steuerung', 'Bernd Steuerung', 'Clara Steuerung']) {
      steering.push(await createUser(t.api, { displayName: name }));
    }
  });
  beforeEach(async () => {
    initiative = await createInitiative(t.api, coordinator);
    for (const member of steering) await addMember(t.dataSource, initiative.id, member, 'steering');
    base = `/api/v1/initiatives/${initiative.id}`;
    const [artifact] = (
      await t.api.get(`${base}/artifacts?kind=action_plan`, { token: coordinator.token })
    ).body;
    plan = `${base}/artifacts/${artifact.id}`;
  });
  afterAll(() => t.close());

  const setQuorum = (quorum: string) =>
    t.dataSource.query(`UPDATE initiatives SET approval_quorum = $2 WHERE id = $1`, [
      initiative.id,
      quorum,
    ]);
  const startBaseline = async () => {
    const draft = await t.api.post(`${plan}/versions`, undefined, { token: coordinator.token });
    expect(draft.status).toBe(201);
    const submitted = await t.api.post(`${plan}/versions/${draft.body.number}/submit`, undefined, {
      token: coordinator.token,
    });
    expect(submitted.status).toBe(201);
    return submitted.body as { number: number; contentHash: string; content: ActionPlanContent };
  };
  const decide = (
    member: TestUser,
    number: number,
    decision: 'approve' | 'reject',
    comment?: string,
  ) =>
    t.api.post(
      `${plan}/versions/${number}/approvals`,
      { decision, ...(comment ? { comment } : {}) },
      {
        token: member.token,
      },
    );
  const status = async (number: number) =>
    (await t.api.get(`${plan}/versions/${number}`, { token: coordinator.token })).body.status;

  it('exists from the start, and a baseline freezes every measure with the SHA-256 of its content', async () => {
    const measure = await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Praktikumsbörse',
    });
    const baseline = await startBaseline();
    expect(baseline).toMatchObject({
      number: 1,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await status(1)).toBe('submitted');
    expect(baseline.content.measures).toEqual([
      expect.objectContaining({ id: measure.id, title: 'Praktikumsbörse' }),
    ]);

    const patch = await t.api.patch(
      `${plan}/versions/1`,
      { content: baseline.content, version: 1 },
      { token: coordinator.token },
    );
    expectProblem(patch, 409);
  });

  it('takes the measures as they are at submission, not when the draft was started', async () => {
    const draft = await t.api.post(`${plan}/versions`, undefined, { token: coordinator.token });
    await createMeasure(t.api, initiative.id, coordinator, { title: 'Nach dem Entwurf angelegt' });
    const submitted = await t.api.post(`${plan}/versions/${draft.body.number}/submit`, undefined, {
      token: coordinator.token,
    });
    expect(submitted.body.content.measures.map((m: Measure) => m.title)).toEqual([
      'Nach dem Entwurf angelegt',
    ]);
  });

  it.each([
    ['any', 1],
    ['majority', 2],
    ['all', 3],
  ] as const)(
    'with quorum "%s" is approved after %i approvals of three',
    async (quorum, needed) => {
      await setQuorum(quorum);
      const { number } = await startBaseline();
      const overview = await t.api.get(`${plan}/versions/${number}/approvals`, {
        token: steering[0]!.token,
      });
      expect(overview.body).toMatchObject({ quorum, needed, canDecide: true });
      expect(overview.body.approvers.map((a: { displayName: string }) => a.displayName)).toEqual([
        'Anna Steuerung',
        'Bernd Steuerung',
        'Clara Steuerung',
      ]);
      for (let i = 0; i < needed; i++) {
        expect(await status(number)).toBe('submitted');
        expect((await decide(steering[i]!, number, 'approve')).status).toBe(201);
      }
      expect(await status(number)).toBe('approved');
    },
  );

  it('is sent back by one rejection, with its comment, which a rejection needs', async () => {
    const { number } = await startBaseline();
    await decide(steering[0]!, number, 'approve');
    expectProblem(await decide(steering[1]!, number, 'reject'), 400, PROBLEM_TYPES.validation);
    const rejected = await decide(
      steering[1]!,
      number,
      'reject',
      'Die Ressourcen der AG Ankommen fehlen.',
    );
    expect(rejected.status).toBe(201);
    expect(await status(number)).toBe('rejected');
    const overview = await t.api.get(`${plan}/versions/${number}/approvals`, {
      token: coordinator.token,
    });
    expect(overview.body.approvals).toContainEqual(
      expect.objectContaining({
        decision: 'reject',
        comment: 'Die Ressourcen der AG Ankommen fehlen.',
      }),
    );
    expectProblem(await decide(steering[2]!, number, 'approve'), 409, PROBLEM_TYPES.invalidState);
    const next = await t.api.post(`${plan}/versions`, undefined, { token: coordinator.token });
    expect(next.body.number).toBe(number + 1);
  });

  it('lets each steering member decide once, and only those asked at submission', async () => {
    await setQuorum('all');
    const { number } = await startBaseline();
    await decide(steering[0]!, number, 'approve');
    expectProblem(await decide(steering[0]!, number, 'approve'), 409, PROBLEM_TYPES.alreadyDecided);
    const latecomer = await createUser(t.api);
    await addMember(t.dataSource, initiative.id, latecomer, 'steering');
    expectProblem(await decide(latecomer, number, 'approve'), 403);
    expectProblem(await decide(coordinator, number, 'approve'), 403);
  });

  it('cannot be submitted without steering members to approve it', async () => {
    await t.dataSource.query(
      `DELETE FROM memberships WHERE initiative_id = $1 AND role = 'steering'`,
      [initiative.id],
    );
    const draft = await t.api.post(`${plan}/versions`, undefined, { token: coordinator.token });
    const response = await t.api.post(`${plan}/versions/${draft.body.number}/submit`, undefined, {
      token: coordinator.token,
    });
    expectProblem(response, 409, PROBLEM_TYPES.noApprovers);
  });

  it('shows per measure what changed since the approved baseline, which a later change leaves frozen', async () => {
    await setQuorum('any');
    const kept = await createMeasure(t.api, initiative.id, coordinator, { title: 'Bleibt' });
    const edited = await createMeasure(t.api, initiative.id, coordinator, { title: 'Ändert sich' });
    const removed = await createMeasure(t.api, initiative.id, coordinator, { title: 'Fällt weg' });
    const noBaseline = await t.api.get(`${base}/measures`, { token: coordinator.token });
    expect(
      noBaseline.body.items.every((m: Measure) => m.baselineChange.kind === 'no_baseline'),
    ).toBe(true);

    const baseline = await startBaseline();
    await decide(steering[0]!, baseline.number, 'approve');

    await t.api.patch(
      `${base}/measures/${edited.id}`,
      { status: 'delayed', progress: 40, version: 1 },
      {
        token: coordinator.token,
      },
    );
    await t.api.delete(`${base}/measures/${removed.id}`, { token: coordinator.token });
    const added = await createMeasure(t.api, initiative.id, coordinator, { title: 'Neu' });

    const measures = (await t.api.get(`${base}/measures`, { token: coordinator.token })).body
      .items as Measure[];
    const change = (id: string) => measures.find((m) => m.id === id)!.baselineChange;
    expect(change(kept.id)).toEqual({ kind: 'unchanged', fields: [] });
    expect(change(edited.id)).toEqual({ kind: 'changed', fields: ['status', 'progress'] });
    expect(change(added.id)).toEqual({ kind: 'new', fields: [] });
    const status = await t.api.get(`${base}/action-plan`, { token: coordinator.token });
    expect(status.body).toMatchObject({
      baseline: { number: baseline.number, contentHash: baseline.contentHash },
      removedSinceBaseline: [{ id: removed.id, title: 'Fällt weg' }],
      measureCount: 3,
    });

    const frozen = await t.api.get(`${plan}/versions/${baseline.number}`, {
      token: coordinator.token,
    });
    expect(frozen.body.contentHash).toBe(baseline.contentHash);
    expect(frozen.body.content.measures.map((m: Measure) => m.title).sort()).toEqual([
      'Bleibt',
      'Fällt weg',
      'Ändert sich',
    ]);
  });

  it('supersedes the approved baseline when the next one is approved, and compares them by goal', async () => {
    await setQuorum('any');
    const [goal] = (await t.dataSource.query(
      `INSERT INTO goals (initiative_id, title, position) VALUES ($1, 'Übergänge sichern', 1) RETURNING id`,
      [initiative.id],
    )) as { id: string }[];
    const measure = await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Mentoring',
      goalIds: [goal!.id],
    });
    const first = await startBaseline();
    await decide(steering[0]!, first.number, 'approve');
    await t.api.patch(
      `${base}/measures/${measure.id}`,
      { status: 'running', version: 1 },
      { token: coordinator.token },
    );
    const second = await startBaseline();
    await decide(steering[0]!, second.number, 'approve');

    expect(await status(first.number)).toBe('superseded');
    expect(await status(second.number)).toBe('approved');
    const diff = await t.api.get(`${plan}/versions/${first.number}/diff/${second.number}`, {
      token: coordinator.token,
    });
    expect(diff.body.sections).toEqual([
      expect.objectContaining({
        key: `goal:${goal!.id}`,
        title: 'Übergänge sichern',
        changed: true,
      }),
    ]);
    const audit = await t.api.get(`${plan}/audit`, { token: coordinator.token });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'version_created',
      'version_submitted',
      'approval_given',
      'approved',
      'version_created',
      'version_submitted',
      'approval_given',
      'superseded',
      'approved',
    ]);
  });

  it('opens the way into Umsetzung once a baseline is approved', async () => {
    await setQuorum('any');
    await putAgreementInForce(t, initiative.id);
    const toGestaltung = await t.api.post(
      `${base}/phase-transitions`,
      { to: 'gestaltung', rationale: 'Vereinbarung in Kraft' },
      {
        token: coordinator.token,
      },
    );
    await t.api.post(
      `${base}/phase-transitions/${toGestaltung.body.id}/decision`,
      { decision: 'approve' },
      {
        token: steering[0]!.token,
      },
    );
    const refused = await t.api.post(
      `${base}/phase-transitions`,
      { to: 'umsetzung', rationale: 'Los geht es' },
      {
        token: coordinator.token,
      },
    );
    expectProblem(refused, 409, PROBLEM_TYPES.phasePrecondition);

    const { number } = await startBaseline();
    await decide(steering[0]!, number, 'approve');
    const proposed = await t.api.post(
      `${base}/phase-transitions`,
      { to: 'umsetzung', rationale: 'Aktionsplan freigegeben' },
      {
        token: coordinator.token,
      },
    );
    expect(proposed.status).toBe(201);
  });

  it('renders a baseline as a PDF with measures by goal, timeline and resources', async () => {
    await createMeasure(t.api, initiative.id, coordinator, {
      title: 'Berufsorientierungstage',
      startDate: '2027-01-10',
      endDate: '2027-06-30',
      milestones: [{ title: 'Auftakt', dueDate: '2027-02-01' }],
    });
    const { number } = await startBaseline();
    const response = await fetch(`${t.baseUrl}${plan}/versions/${number}/pdf`, {
      headers: { authorization: `Bearer ${steering[1]!.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('validates the approval', async () => {
    const { number } = await startBaseline();
    const response = await t.api.post(
      `${plan}/versions/${number}/approvals`,
      { decision: 'maybe' },
      {
        token: steering[0]!.token,
      },
    );
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(fieldsOf(response)).toEqual(['decision']);
  });
});
