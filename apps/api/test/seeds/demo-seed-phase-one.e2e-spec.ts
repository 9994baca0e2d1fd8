import type {
  Actor,
  ArtifactSummary,
  ActorAreaSummary,
  AuthSession,
  ExistingBody,
  InitiativeSummary,
  Page,
  PhaseOverview,
  SharedGoal,
  SignatureOverview,
} from '@gw/shared/contracts';
import { DEMO_PASSWORD } from '../../src/seeds/demo/demo-data';
import { DemoSeedService } from '../../src/seeds/demo/demo-seed.service';
import { clientIp } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** The demo initiative shows phase 1 at work: progress on the checklist, actors, bodies, goals. */
describe('demo seed: phase 1 of "Jugendpakt Auenstadt"', () => {
  let t: TestApp;
  let token: string;
  let base: string;

  const login = async (local: string) => {
    const response = await t.api.post<AuthSession>(
      '/api/v1/auth/login',
      { email: `${local}@demo.gemeinsam-wirken.de`, password: DEMO_PASSWORD },
      { headers: clientIp() },
    );
    return response.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(true);
    token = (await login('koordination')).accessToken;
    const initiatives = await t.api.get<Page<InitiativeSummary>>('/api/v1/initiatives', { token });
    base = `/api/v1/initiatives/${initiatives.body.items[0]!.id}`;
  });
  afterAll(() => t.close());

  it('has Initiierung and Gestaltung done and the work of Umsetzung in progress, with responsibles and due dates', async () => {
    const phases = (await t.api.get<PhaseOverview[]>(`${base}/phases`, { token })).body;
    expect(phases.map((p) => p.steps.length)).toEqual([4, 5, 4]);
    expect(phases.map((p) => [p.phase, p.completed, p.current])).toEqual([
      ['initiierung', true, false],
      ['gestaltung', true, false],
      ['umsetzung', false, true],
    ]);
    expect(phases.map((p) => [...new Set(p.steps.map((s) => s.status))])).toEqual([
      ['done'],
      ['done'],
      ['in_progress'],
    ]);
    for (const step of phases.flatMap((p) => p.steps)) {
      expect(step.responsible?.displayName).toEqual(expect.any(String));
      expect(step.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(step.note).not.toBe('');
    }
  });

  it('has an actor table covering the four areas, with about ten partners', async () => {
    const actors = (await t.api.get<Page<Actor>>(`${base}/actors?pageSize=100`, { token })).body;
    expect(actors.total).toBeGreaterThanOrEqual(14);
    expect(actors.items.filter((a) => a.isPartner)).toHaveLength(10);
    const names = actors.items.map((a) => a.name);
    for (const name of [
      'Ausländerbehörde Auenstadt',
      'Jobcenter Auenstadt',
      'Jugendamt Auenstadt',
      'Berufskolleg am Hafen',
    ]) {
      expect(names).toContain(name);
    }
    expect(actors.items.find((a) => a.kind === 'target_group_representation')?.name).toBe(
      'Jugendparlament Auenstadt',
    );
    const summary = (await t.api.get<ActorAreaSummary[]>(`${base}/actors/summary`, { token })).body;
    expect(summary.filter((s) => s.missingCoreGroupMember)).toEqual([]);
  });

  it('links the partner demo user as representative of the Jugendmigrationsdienst', async () => {
    const partner = await login('partner');
    const jmd = (
      await t.api.get<Page<Actor>>(`${base}/actors?q=Jugendmigrationsdienst`, {
        token: partner.accessToken,
      })
    ).body.items[0]!;
    expect(jmd.representatives).toEqual([
      { userId: partner.user.id, displayName: partner.user.displayName },
    ]);
  });

  it('has a shared goal about the transition from school to work, and existing bodies', async () => {
    const goal = (await t.api.get<SharedGoal>(`${base}/shared-goal`, { token })).body;
    expect(goal.vision).toContain('Ausbildung');
    expect(goal.goals.length).toBeGreaterThanOrEqual(3);
    const bodies = (await t.api.get<ExistingBody[]>(`${base}/bodies`, { token })).body;
    expect(bodies.map((b) => b.type)).toEqual([
      'committee',
      'working_circle',
      'cooperation_agreement',
    ]);
    expect(bodies.every((b) => b.memberActorIds.length > 0)).toBe(true);
  });

  it('exports the demo table and imports it again without a change', async () => {
    const exported = await fetch(`${t.baseUrl}${base}/actors/export?format=xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const file = Buffer.from(await exported.arrayBuffer());
    const imported = await t.api.post(`${base}/actors/import?format=xlsx`, undefined, {
      token,
      rawBody: file,
      headers: { 'content-type': exported.headers.get('content-type')! },
    });
    expect(imported.body).toEqual({ created: 0, updated: 0, unchanged: 16 });
  });

  it('has its cooperation agreement in force, signed by all ten partners', async () => {
    const [agreement] = (
      await t.api.get<ArtifactSummary[]>(`${base}/artifacts?kind=agreement`, { token })
    ).body;
    expect(agreement!.latestVersion).toMatchObject({ number: 1, status: 'in_force' });
    const overview = await t.api.get<SignatureOverview>(
      `${base}/artifacts/${agreement!.id}/versions/1/signatures`,
      { token: (await login('partner')).accessToken },
    );
    expect(overview.body.required).toHaveLength(10);
    expect(overview.body.required.map((r) => r.status)).toEqual(Array(10).fill('signed'));
    expect(overview.body.required.map((r) => r.signature?.contentHash)).toEqual(
      Array(10).fill(overview.body.contentHash),
    );
    expect(overview.body.signable).toEqual([]);
  });
});
