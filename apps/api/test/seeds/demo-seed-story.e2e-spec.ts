import type {
  ActionPlanStatus,
  ApprovalOverview,
  ArtifactSummary,
  ArtifactVersion,
  AuditEvent,
  AuthSession,
  Dashboard,
  Indicator,
  Initiative,
  InitiativeSummary,
  Page,
  PhaseTransition,
  ReportContent,
} from '@gw/shared/contracts';
import { DEMO_PASSWORD } from '../../src/seeds/demo/demo-data';
import { DemoSeedService } from '../../src/seeds/demo/demo-seed.service';
import { lastCompleteHalfYear } from '../../src/seeds/demo/demo-story';
import { clientIp } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The demo initiative tells one story: the agreement came into force, the steering group moved
 * the initiative into Gestaltung and, after approving the action plan, into Umsetzung; the
 * report of the last half-year is published.
 */
describe('demo seed: the story of "Jugendpakt Auenstadt" up to Umsetzung', () => {
  let t: TestApp;
  let token: string;
  let initiativeId: string;
  let base: string;

  const login = async (local: string) => {
    const response = await t.api.post<AuthSession>(
      '/api/v1/auth/login',
      { email: `${local}@demo.gemeinsam-wirken.de`, password: DEMO_PASSWORD },
      { headers: clientIp() },
    );
    return response.body;
  };
  const get = async <T>(path: string, as = token) => {
    const response = await t.api.get<T>(`${base}${path}`, { token: as });
    expect(response.status).toBe(200);
    return response.body;
  };
  const artifactOf = async (kind: string, as = token) => {
    const [artifact, ...more] = await get<ArtifactSummary[]>(`/artifacts?kind=${kind}`, as);
    expect(more).toEqual([]);
    return artifact!;
  };

  beforeAll(async () => {
    t = await startTestApp();
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(true);
    token = (await login('koordination')).accessToken;
    const initiatives = await t.api.get<Page<InitiativeSummary>>('/api/v1/initiatives', { token });
    initiativeId = initiatives.body.items[0]!.id;
    base = `/api/v1/initiatives/${initiativeId}`;
  });
  afterAll(() => t.close());

  it('is in Umsetzung', async () => {
    expect((await t.api.get<Initiative>(base, { token })).body.phase).toBe('umsetzung');
    expect((await get<Dashboard>('/dashboard')).phase).toBe('umsetzung');
  });

  it('has two approved transitions in order: proposed by coordination, decided by steering', async () => {
    const history = (await get<PhaseTransition[]>('/phase-transitions')).reverse();
    expect(history.map((h) => [h.from, h.to, h.status])).toEqual([
      ['initiierung', 'gestaltung', 'approved'],
      ['gestaltung', 'umsetzung', 'approved'],
    ]);
    for (const transition of history) {
      expect(transition.proposedBy?.displayName).toBe('Miriam Hoffmann (Koordinationsstelle)');
      expect(transition.decidedBy?.displayName).toBe(
        'Dr. Petra Lindner (Stadt Auenstadt, Dezernat III)',
      );
      expect(transition.rationale).not.toBe('');
      expect(Date.parse(transition.decidedAt!)).toBeGreaterThanOrEqual(
        Date.parse(transition.proposedAt),
      );
    }
    expect(Date.parse(history[1]!.proposedAt)).toBeGreaterThanOrEqual(
      Date.parse(history[0]!.decidedAt!),
    );
  });

  it('put the agreement in force before Gestaltung and approved the action plan before Umsetzung', async () => {
    const agreement = await artifactOf('agreement');
    expect(agreement.latestVersion).toMatchObject({ number: 1, status: 'in_force' });
    const plan = await artifactOf('action_plan');
    expect(plan.latestVersion).toMatchObject({ number: 1, status: 'approved' });

    const at = async (artifactId: string, action: string) => {
      const trail = await get<Page<AuditEvent>>(`/artifacts/${artifactId}/audit?pageSize=100`);
      const event = trail.items.find((e) => e.action === action);
      expect(event).toBeDefined();
      return Date.parse(event!.at);
    };
    const [toGestaltung, toUmsetzung] = (await get<PhaseTransition[]>('/phase-transitions'))
      .reverse()
      .map((h) => Date.parse(h.proposedAt));
    expect(await at(agreement.id, 'in_force')).toBeLessThanOrEqual(toGestaltung!);
    expect(await at(plan.id, 'approved')).toBeLessThanOrEqual(toUmsetzung!);
    expect(await at(plan.id, 'approved')).toBeGreaterThanOrEqual(toGestaltung!);
  });

  it('has an approved action-plan baseline with every measure, approved by the quorum of the steering group', async () => {
    const status = await get<ActionPlanStatus>('/action-plan');
    expect(status.baseline).toMatchObject({
      number: 1,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(status.removedSinceBaseline).toEqual([]);
    expect(status.measureCount).toBeGreaterThanOrEqual(10);
    const approvals = await get<ApprovalOverview>(
      `/artifacts/${status.artifactId}/versions/1/approvals`,
    );
    expect(approvals.quorum).toBe('majority');
    expect(approvals.approvers).toHaveLength(5);
    expect(approvals.approvals.filter((a) => a.decision === 'approve')).toHaveLength(
      approvals.needed,
    );
    expect(approvals.approvals.every((a) => a.contentHash === status.baseline!.contentHash)).toBe(
      true,
    );
  });

  it('has the report of the last complete half-year published, with its texts and without a public link', async () => {
    const report = await artifactOf('impact_report');
    expect(report.latestVersion).toMatchObject({ number: 1, status: 'published' });
    const version = await get<ArtifactVersion<ReportContent>>(`/artifacts/${report.id}/versions/1`);
    const start = lastCompleteHalfYear(new Date());
    expect(version.content).toMatchObject({ periodType: 'half_year', periodStart: start });
    expect(version.content.summary).toContain('Jugendpakt Auenstadt');
    expect(version.content.goals).toHaveLength(4);
    expect(version.content.goals.every((g) => g.narrative !== '')).toBe(true);
    // Its public indicators are what the town reads: each has values in the period.
    const publicOnes = version.content.goals
      .flatMap((g) => g.indicators)
      .filter((i) => i.visibility === 'public');
    expect(publicOnes.length).toBeGreaterThanOrEqual(2);
    for (const indicator of publicOnes) {
      expect({ name: indicator.name, values: indicator.values.length > 0 }).toEqual({
        name: indicator.name,
        values: true,
      });
      expect(indicator.baseline.value).not.toBeNull();
      expect(indicator.target).not.toBeNull();
    }
    const links: { count: string }[] = await t.dataSource.query(
      'SELECT count(*) FROM report_public_links',
    );
    expect(links[0]!.count).toBe('0');
  });

  it('shows partners the published report with only their indicators, not the internal ones', async () => {
    const partner = (await login('partner')).accessToken;
    const report = await artifactOf('impact_report', partner);
    expect(report.latestVersion?.status).toBe('published');
    const seen = await get<ArtifactVersion<ReportContent>>(
      `/artifacts/${report.id}/versions/1`,
      partner,
    );
    const indicators = await get<Indicator[]>('/indicators');
    const internal = new Set(
      indicators.filter((i) => i.visibility === 'internal').map((i) => i.id),
    );
    expect(internal.size).toBeGreaterThan(0);
    const shown = seen.content.goals.flatMap((g) => g.indicators);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((i) => internal.has(i.indicatorId) || i.visibility === 'internal')).toEqual(
      [],
    );
    const full = await get<ArtifactVersion<ReportContent>>(`/artifacts/${report.id}/versions/1`);
    expect(full.content.goals.flatMap((g) => g.indicators).length).toBeGreaterThan(shown.length);
  });

  it('shows the step progress of an initiative in Umsetzung on the dashboard', async () => {
    const dashboard = await get<Dashboard>('/dashboard');
    expect(dashboard.steps.map((s) => [s.phase, s.counts.done, s.counts.in_progress])).toEqual([
      ['initiierung', 4, 0],
      ['gestaltung', 5, 0],
      ['umsetzung', 0, 4],
    ]);
  });

  it('shows no contradiction on the dashboard: no value called "no data", old values marked, ten entries of activity', async () => {
    const dashboard = await get<Dashboard>('/dashboard');
    const withValue = dashboard.indicators.filter((i) => i.latest !== null);
    expect(withValue.length).toBeGreaterThan(0);
    expect(withValue.filter((i) => i.status === 'no_data')).toEqual([]);
    // Only a value whose latest period waits for review or was sent back can be outdated (once
    // that period's value is due, which depends on the day the demo is seeded).
    const waiting = [
      'Erstberatung junger Geflüchteter binnen vier Wochen',
      'Vermittelte Praktikumsplätze',
      'Vorzeitig gelöste Ausbildungsverträge',
    ];
    const outdated = dashboard.indicators.filter((i) => i.outdated).map((i) => i.name);
    expect(outdated.filter((name) => !waiting.includes(name))).toEqual([]);
    expect(dashboard.activity.length).toBeLessThanOrEqual(10);
    expect(dashboard.activityTotal).toBeGreaterThanOrEqual(dashboard.activity.length);
  });

  it('is seeded only once', async () => {
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(false);
    const initiatives = await t.api.get<Page<InitiativeSummary>>('/api/v1/initiatives', { token });
    expect(initiatives.body.items.map((i) => i.id)).toEqual([initiativeId]);
  });
});
