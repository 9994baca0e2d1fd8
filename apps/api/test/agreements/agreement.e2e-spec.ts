import { AGREEMENT_SECTION_KEYS, PROBLEM_TYPES, type AgreementContent } from '@gw/shared/contracts';
import {
  addActor,
  addRepresentative,
  type AgreementWorld,
  createAgreementWorld,
  createDraft,
  signAll,
  submit,
} from '../support/agreement-fixture';
import { addMember, createUser } from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the cooperation agreement', () => {
  let t: TestApp;
  let world: AgreementWorld;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(async () => {
    world = await createAgreementWorld(t.api, t.dataSource);
  });
  afterAll(() => t.close());

  const token = () => world.coordinator.token;

  describe('drafts', () => {
    it('exists from the initiative’s creation, without versions yet', async () => {
      const response = await t.api.get(world.base, { token: token() });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        kind: 'agreement',
        title: 'Kooperationsvereinbarung',
        latestVersion: null,
        versions: [],
      });
    });

    it('starts as version 1, prefilled from the actor table, the shared goal and the members', async () => {
      await t.dataSource.query(
        `UPDATE shared_goals SET vision = 'Niemand geht verloren.' WHERE initiative_id = $1`,
        [world.initiative.id],
      );
      const steering = await createUser(t.api, { displayName: 'Sabine Steuerung' });
      await addMember(t.dataSource, world.initiative.id, steering, 'steering');

      const draft = await createDraft(t.api, world);
      expect(draft).toMatchObject({ number: 1, status: 'draft', contentHash: null, version: 1 });
      const content = draft.content as AgreementContent;
      expect(content.sections.map((s) => s.key)).toEqual([...AGREEMENT_SECTION_KEYS]);
      const body = (key: string) => content.sections.find((s) => s.key === key)!.body;
      expect(body('partners')).toContain('**Jobcenter Teststadt**');
      expect(body('partners')).toContain('**AWO Kreisverband**');
      expect(body('shared_goal')).toContain('Niemand geht verloren.');
      expect(body('bodies_and_roles')).toContain('Sabine Steuerung');
      expect(body('bodies_and_roles')).toContain('Miriam Koordination');
    });

    it('saves a draft with optimistic locking and removes HTML from the text', async () => {
      const draft = await createDraft(t.api, world);
      const content = draft.content as AgreementContent;
      content.sections[0]!.body = 'Wir <script>alert(1)</script>arbeiten **gemeinsam**.';
      const saved = await t.api.patch(
        `${world.base}/versions/1`,
        { content, version: 1 },
        { token: token() },
      );
      expect(saved.status).toBe(200);
      expect(saved.body.version).toBe(2);
      expect(saved.body.content.sections[0].body).toBe('Wir arbeiten **gemeinsam**.');

      const stale = await t.api.patch(
        `${world.base}/versions/1`,
        { content, version: 1 },
        { token: token() },
      );
      expectProblem(stale, 409, PROBLEM_TYPES.staleVersion);
    });

    it('rejects content that is not an agreement', async () => {
      await createDraft(t.api, world);
      const response = await t.api.patch(
        `${world.base}/versions/1`,
        { content: { sections: [{ key: 'preamble', title: '', body: 1 }] }, version: 1 },
        { token: token() },
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(['content.sections.0.title', 'content.sections.0.body']);
    });

    it('allows one draft at a time', async () => {
      await createDraft(t.api, world);
      const second = await t.api.post(`${world.base}/versions`, undefined, { token: token() });
      expectProblem(second, 409, PROBLEM_TYPES.invalidState);
    });
  });

  describe('submitting', () => {
    it('freezes the version with the SHA-256 of its content; any change then gets 409', async () => {
      const draft = await createDraft(t.api, world);
      const submitted = await submit(t.api, world, 1);
      expect(submitted).toMatchObject({
        status: 'signing',
        submittedBy: { displayName: 'Miriam Koordination' },
      });
      expect(submitted.contentHash).toMatch(/^[0-9a-f]{64}$/);

      const change = await t.api.patch(
        `${world.base}/versions/1`,
        { content: draft.content, version: submitted.version },
        { token: token() },
      );
      expectProblem(change, 409, PROBLEM_TYPES.frozenVersion);
      const again = await t.api.post(`${world.base}/versions/1/submit`, undefined, {
        token: token(),
      });
      expectProblem(again, 409, PROBLEM_TYPES.frozenVersion);
      const read = await t.api.get(`${world.base}/versions/1`, { token: token() });
      expect(read.body.contentHash).toBe(submitted.contentHash);
      expect(read.body.content).toEqual(draft.content);
    });

    it('opens the signature round for the partner actors of that moment', async () => {
      await createDraft(t.api, world);
      await addActor(t.dataSource, world.initiative.id, 'Kein Partner', { isPartner: false });
      await submit(t.api, world, 1);
      await addActor(t.dataSource, world.initiative.id, 'Später Partner');
      const overview = await t.api.get(`${world.base}/versions/1/signatures`, { token: token() });
      expect(
        overview.body.required.map((r: { actorName: string; status: string }) => [
          r.actorName,
          r.status,
        ]),
      ).toEqual([
        ['AWO Kreisverband', 'pending'],
        ['Jobcenter Teststadt', 'pending'],
      ]);
    });

    it('is refused while no actor is a partner', async () => {
      await t.dataSource.query(`UPDATE actors SET is_partner = false WHERE initiative_id = $1`, [
        world.initiative.id,
      ]);
      await createDraft(t.api, world);
      const response = await t.api.post(`${world.base}/versions/1/submit`, undefined, {
        token: token(),
      });
      expectProblem(response, 409, PROBLEM_TYPES.noSignatories);
    });
  });

  describe('signing', () => {
    beforeEach(async () => {
      await createDraft(t.api, world);
      await submit(t.api, world, 1);
    });

    it('records signer, actor, time and the hash; the version is in force when every partner has signed', async () => {
      const [jobcenter, awo] = world.partners;
      const first = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        {
          token: jobcenter!.user.token,
        },
      );
      expect(first.status).toBe(201);
      const version = await t.api.get(`${world.base}/versions/1`, { token: token() });
      expect(first.body).toMatchObject({
        actorId: jobcenter!.actorId,
        actorName: 'Jobcenter Teststadt',
        signer: { userId: jobcenter!.user.id },
        decision: 'sign',
        contentHash: version.body.contentHash,
        kind: 'round',
      });
      expect(version.body.status).toBe('signing');

      await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        { token: awo!.user.token },
      );
      const inForce = await t.api.get(`${world.base}/versions/1`, { token: token() });
      expect(inForce.body.status).toBe('in_force');
    });

    it('refuses a signature from a user who does not represent the actor', async () => {
      const stranger = await createUser(t.api);
      await addMember(t.dataSource, world.initiative.id, stranger, 'partner');
      const response = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        {
          token: stranger.token,
        },
      );
      expectProblem(response, 403, PROBLEM_TYPES.notRepresentative);

      const [jobcenter, awo] = world.partners;
      const forOther = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign', actorId: awo!.actorId },
        { token: jobcenter!.user.token },
      );
      expectProblem(forOther, 403, PROBLEM_TYPES.notRepresentative);
      const coordination = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        {
          token: token(),
        },
      );
      expectProblem(coordination, 403, PROBLEM_TYPES.notRepresentative);
    });

    it('refuses a second signature for the same actor', async () => {
      const [jobcenter] = world.partners;
      await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        { token: jobcenter!.user.token },
      );
      const again = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        {
          token: jobcenter!.user.token,
        },
      );
      expectProblem(again, 409, PROBLEM_TYPES.alreadySigned);
    });

    it('ends the round on a decline and shows the reason to coordination', async () => {
      const [jobcenter] = world.partners;
      const noReason = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'decline' },
        {
          token: jobcenter!.user.token,
        },
      );
      expectProblem(noReason, 400, PROBLEM_TYPES.validation);

      const declined = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'decline', reason: 'Die Ressourcenzusage in § 5 ist zu hoch.' },
        { token: jobcenter!.user.token },
      );
      expect(declined.status).toBe(201);
      const version = await t.api.get(`${world.base}/versions/1`, { token: token() });
      expect(version.body.status).toBe('declined');
      const overview = await t.api.get(`${world.base}/versions/1/signatures`, { token: token() });
      expect(overview.body.required[1]).toMatchObject({
        actorName: 'Jobcenter Teststadt',
        status: 'declined',
        signature: { reason: 'Die Ressourcenzusage in § 5 ist zu hoch.' },
      });
      const late = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        {
          token: world.partners[1]!.user.token,
        },
      );
      expectProblem(late, 409, PROBLEM_TYPES.invalidState);
      const next = await t.api.post(`${world.base}/versions`, undefined, { token: token() });
      expect(next.body).toMatchObject({ number: 2, status: 'draft' });
    });

    it('tells each partner what it may sign', async () => {
      const [jobcenter] = world.partners;
      const before = await t.api.get(`${world.base}/versions/1/signatures`, {
        token: jobcenter!.user.token,
      });
      expect(before.body.signable).toEqual([
        { actorId: jobcenter!.actorId, actorName: 'Jobcenter Teststadt' },
      ]);
      await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        { token: jobcenter!.user.token },
      );
      const after = await t.api.get(`${world.base}/versions/1/signatures`, {
        token: jobcenter!.user.token,
      });
      expect(after.body.signable).toEqual([]);
    });

    it('lets only one of two concurrent signatures for the same actor through', async () => {
      const [jobcenter] = world.partners;
      const results = await Promise.all(
        [1, 2].map(() =>
          t.api.post(
            `${world.base}/versions/1/signatures`,
            { decision: 'sign' },
            { token: jobcenter!.user.token },
          ),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    });
  });

  describe('amendments, accession and withdrawal', () => {
    it('tells coordination it may record any withdrawal, and a partner only its own', async () => {
      const overview = await t.api.get(`${world.base}/versions/1/signatures`, { token: token() });
      expect(
        overview.body.withdrawable.map((a: { actorName: string }) => a.actorName).sort(),
      ).toEqual(['AWO Kreisverband', 'Jobcenter Teststadt']);
      const [jobcenter] = world.partners;
      const own = await t.api.get(`${world.base}/versions/1/signatures`, {
        token: jobcenter!.user.token,
      });
      expect(own.body.withdrawable).toEqual([
        { actorId: jobcenter!.actorId, actorName: 'Jobcenter Teststadt' },
      ]);
    });

    beforeEach(async () => {
      await createDraft(t.api, world);
      await submit(t.api, world, 1);
      await signAll(t.api, world, 1);
    });

    it('supersedes the version in force when an amendment comes into force', async () => {
      const draft = await t.api.post(`${world.base}/versions`, undefined, { token: token() });
      expect(draft.body.number).toBe(2);
      const content = draft.body.content as AgreementContent;
      content.sections[6]!.body = 'Die Steuerungsgruppe trifft sich monatlich.';
      await t.api.patch(
        `${world.base}/versions/2`,
        { content, version: draft.body.version },
        { token: token() },
      );
      await submit(t.api, world, 2);
      await signAll(t.api, world, 2);

      const artifact = await t.api.get(world.base, { token: token() });
      expect(
        artifact.body.versions.map((v: { number: number; status: string }) => [v.number, v.status]),
      ).toEqual([
        [2, 'in_force'],
        [1, 'superseded'],
      ]);
      const diff = await t.api.get(`${world.base}/versions/1/diff/2`, { token: token() });
      expect(
        diff.body.sections
          .filter((s: { changed: boolean }) => s.changed)
          .map((s: { key: string }) => s.key),
      ).toEqual(['communication']);
      expect(diff.body.sections[6].parts).toContainEqual({
        type: 'added',
        text: expect.stringContaining('monatlich'),
      });
    });

    it('lets a new partner accede to the version in force, without a new round', async () => {
      const newcomer = await createUser(t.api, { displayName: 'Vertretung Stiftung' });
      await addMember(t.dataSource, world.initiative.id, newcomer, 'partner');
      const actorId = await addActor(t.dataSource, world.initiative.id, 'Bürgerstiftung Teststadt');
      await addRepresentative(t.dataSource, world.initiative.id, actorId, newcomer);

      const response = await t.api.post(
        `${world.base}/versions/1/signatures`,
        { decision: 'sign' },
        {
          token: newcomer.token,
        },
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        kind: 'accession',
        actorName: 'Bürgerstiftung Teststadt',
      });
      const overview = await t.api.get(`${world.base}/versions/1/signatures`, { token: token() });
      expect(overview.body.accessions).toHaveLength(1);
      const version = await t.api.get(`${world.base}/versions/1`, { token: token() });
      expect(version.body.status).toBe('in_force');
    });

    it('records a withdrawal with date and reason, once, and the actor is no longer a partner', async () => {
      const [jobcenter] = world.partners;
      const body = {
        actorId: jobcenter!.actorId,
        effectiveDate: '2027-03-31',
        reason: 'Neuausrichtung',
      };
      const response = await t.api.post(`${world.base}/withdrawals`, body, {
        token: jobcenter!.user.token,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        actorName: 'Jobcenter Teststadt',
        effectiveDate: '2027-03-31',
      });
      const [{ is_partner }] = await t.dataSource.query(
        'SELECT is_partner FROM actors WHERE id = $1',
        [jobcenter!.actorId],
      );
      expect(is_partner).toBe(false);
      const again = await t.api.post(`${world.base}/withdrawals`, body, { token: token() });
      expectProblem(again, 409, PROBLEM_TYPES.invalidState);

      const [, awo] = world.partners;
      const forOther = await t.api.post(
        `${world.base}/withdrawals`,
        { ...body, actorId: awo!.actorId },
        { token: jobcenter!.user.token },
      );
      expectProblem(forOther, 403, PROBLEM_TYPES.notRepresentative);
    });
  });

  describe('comments', () => {
    beforeEach(async () => {
      await createDraft(t.api, world);
    });

    it('lets members comment on a section and coordination resolve them', async () => {
      const [jobcenter] = world.partners;
      const created = await t.api.post(
        `${world.base}/versions/1/comments`,
        { sectionKey: 'contributions', body: 'Bitte unsere Beratungsstunden ergänzen.' },
        { token: jobcenter!.user.token },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        sectionKey: 'contributions',
        resolvedAt: null,
        author: { userId: jobcenter!.user.id },
      });

      const open = await t.api.get(`${world.base}/versions/1/comments?status=open`, {
        token: token(),
      });
      expect(open.body).toHaveLength(1);
      const resolved = await t.api.post(
        `${world.base}/comments/${created.body.id}/resolve`,
        undefined,
        {
          token: token(),
        },
      );
      expect(resolved.body.resolvedBy.userId).toBe(world.coordinator.id);
      expect(
        (await t.api.get(`${world.base}/versions/1/comments?status=open`, { token: token() })).body,
      ).toEqual([]);
      const twice = await t.api.post(
        `${world.base}/comments/${created.body.id}/resolve`,
        undefined,
        { token: token() },
      );
      expectProblem(twice, 409, PROBLEM_TYPES.invalidState);
    });

    it('refuses comments on sections that do not exist, and from observers', async () => {
      const response = await t.api.post(
        `${world.base}/versions/1/comments`,
        { sectionKey: 'appendix', body: 'x' },
        {
          token: token(),
        },
      );
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      const observer = await createUser(t.api);
      await addMember(t.dataSource, world.initiative.id, observer, 'observer');
      const byObserver = await t.api.post(
        `${world.base}/versions/1/comments`,
        { sectionKey: 'term', body: 'x' },
        {
          token: observer.token,
        },
      );
      expectProblem(byObserver, 403);
    });
  });

  describe('audit trail, PDF and verification', () => {
    it('records every state change, signature and resolution with who, when and the hash', async () => {
      await createDraft(t.api, world);
      const comment = await t.api.post(
        `${world.base}/versions/1/comments`,
        { sectionKey: 'term', body: 'ok?' },
        {
          token: token(),
        },
      );
      await t.api.post(`${world.base}/comments/${comment.body.id}/resolve`, undefined, {
        token: token(),
      });
      const submitted = await submit(t.api, world, 1);
      await signAll(t.api, world, 1);

      const audit = await t.api.get(`${world.base}/audit`, {
        token: world.partners[0]!.user.token,
      });
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
        'version_created',
        'comment_resolved',
        'version_submitted',
        'signed',
        'signed',
        'in_force',
      ]);
      const signed = audit.body.items[3];
      expect(signed).toMatchObject({
        actor: { userId: world.partners[0]!.user.id },
        versionNumber: 1,
        contentHash: submitted.contentHash,
        detail: { actorName: 'Jobcenter Teststadt' },
      });
    });

    it('renders a PDF of the version', async () => {
      await createDraft(t.api, world);
      await submit(t.api, world, 1);
      await signAll(t.api, world, 1);
      const response = await fetch(`${t.baseUrl}${world.base}/versions/1/pdf`, {
        headers: { authorization: `Bearer ${world.partners[1]!.user.token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain(
        'Kooperationsvereinbarung-Fassung-1.pdf',
      );
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(4);
    });

    it('lets anyone verify a hash without logging in, and tells nothing more than it should', async () => {
      await createDraft(t.api, world);
      const { contentHash } = await submit(t.api, world, 1);
      await signAll(t.api, world, 1);
      const response = await t.api.get(`/api/v1/verify/${contentHash}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        initiativeName: 'Jugendpakt Teststadt',
        artifactKind: 'agreement',
        artifactTitle: 'Kooperationsvereinbarung',
        versionNumber: 1,
        status: 'in_force',
        contentHash,
        signatures: [
          { actorName: 'Jobcenter Teststadt', decision: 'sign', signedAt: expect.any(String) },
          { actorName: 'AWO Kreisverband', decision: 'sign', signedAt: expect.any(String) },
        ],
      });
      expectProblem(await t.api.get(`/api/v1/verify/${'0'.repeat(64)}`), 404);
      expectProblem(await t.api.get('/api/v1/verify/not-a-hash'), 400);
    });
  });
});
