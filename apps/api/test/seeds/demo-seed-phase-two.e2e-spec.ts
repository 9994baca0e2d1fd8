import type {
  AuthSession,
  CollectionPlanEntry,
  Dimension,
  Indicator,
  InitiativeSummary,
  Measure,
  Page,
  WorkingGroup,
} from '@gw/shared/contracts';
import { DEMO_PASSWORD } from '../../src/seeds/demo/demo-data';
import { DemoSeedService } from '../../src/seeds/demo/demo-seed.service';
import { clientIp } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** The demo initiative shows Gestaltung at work: working groups, measures, indicators. */
describe('demo seed: working groups, measures and indicators of "Jugendpakt Auenstadt"', () => {
  let t: TestApp;
  let token: string;
  let base: string;

  const login = async (local: string) => {
    const response = await t.api.post<AuthSession>(
      '/api/v1/auth/login',
      { email: `${local}@demo.gemeinsam-wirken.de`, password: DEMO_PASSWORD },
      { headers: clientIp() },
    );
    return response.body.accessToken;
  };
  const get = async <T>(path: string, as = token) =>
    (await t.api.get<T>(`${base}${path}`, { token: as })).body;

  beforeAll(async () => {
    t = await startTestApp();
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(true);
    token = await login('koordination');
    const initiatives = await t.api.get<Page<InitiativeSummary>>('/api/v1/initiatives', { token });
    base = `/api/v1/initiatives/${initiatives.body.items[0]!.id}`;
  });
  afterAll(() => t.close());

  it('has three working groups with leads, members, actors and measures', async () => {
    const groups = await get<WorkingGroup[]>('/working-groups');
    expect(groups.map((g) => g.name)).toEqual([
      'AG Ankommen',
      'AG Ausbildung stabilisieren',
      'AG Übergang Schule–Beruf',
    ]);
    for (const group of groups) {
      expect(group.lead).not.toBeNull();
      expect(group.members.length).toBeGreaterThanOrEqual(3);
      expect(group.actorIds.length).toBeGreaterThanOrEqual(3);
      expect(group.measureCount).toBeGreaterThanOrEqual(3);
    }
    const uebergang = groups.find((g) => g.name === 'AG Übergang Schule–Beruf')!;
    expect(uebergang.members.map((m) => m.displayName)).toContain(
      'Tobias Krüger (AG Übergang Schule–Beruf)',
    );
  });

  it('has about ten measures across the four goals, some delayed, with pledges and dependencies', async () => {
    const measures = (await get<Page<Measure>>('/measures?pageSize=100')).items;
    expect(measures.length).toBeGreaterThanOrEqual(10);
    const goals = new Set(measures.flatMap((m) => m.goalIds));
    expect(goals.size).toBe(4);
    expect(new Set(measures.map((m) => m.status))).toEqual(
      new Set(['planned', 'running', 'completed', 'delayed', 'cancelled']),
    );
    expect(measures.filter((m) => m.status === 'delayed').length).toBeGreaterThanOrEqual(2);
    expect(measures.filter((m) => m.dependencyIds.length > 0).length).toBeGreaterThanOrEqual(3);
    const pledges = measures.flatMap((m) => m.resources);
    expect(pledges.some((p) => p.eur !== null)).toBe(true);
    expect(pledges.some((p) => p.staffHours !== null)).toBe(true);
    expect(pledges.some((p) => p.inKind !== '')).toBe(true);
    expect(measures.every((m) => m.milestones.length > 0)).toBe(true);
  });

  it('lets the demo working-group user update a measure of their group, and no other', async () => {
    const groupToken = await login('arbeitsgruppe');
    const groups = await get<WorkingGroup[]>('/working-groups');
    const own = groups.find((g) => g.name === 'AG Übergang Schule–Beruf')!;
    const other = groups.find((g) => g.name === 'AG Ankommen')!;
    const [mine] = (await get<Page<Measure>>(`/measures?workingGroupId=${own.id}`)).items;
    const [theirs] = (await get<Page<Measure>>(`/measures?workingGroupId=${other.id}`)).items;
    const ok = await t.api.patch(
      `${base}/measures/${mine!.id}`,
      { progress: mine!.progress, version: mine!.version },
      { token: groupToken },
    );
    expect(ok.status).toBe(200);
    const refused = await t.api.patch(
      `${base}/measures/${theirs!.id}`,
      { progress: 5, version: theirs!.version },
      { token: groupToken },
    );
    expect(refused.status).toBe(403);
  });

  it('has two dimensions and six indicators across the three categories, with stewards and targets', async () => {
    const dimensions = await get<Dimension[]>('/dimensions');
    expect(dimensions.map((d) => [d.name, d.values.map((v) => v.value)])).toEqual([
      ['Stadtteil', ['Altstadt', 'Nordviertel', 'Südstadt', 'Am Hafen', 'Weidenhof']],
      ['Altersgruppe', ['14–17', '18–21', '22–27']],
    ]);
    const indicators = await get<Indicator[]>('/indicators');
    expect(indicators).toHaveLength(6);
    expect(new Set(indicators.map((i) => i.category))).toEqual(
      new Set(['how_much', 'how_well', 'better_off']),
    );
    expect(indicators.every((i) => i.goalIds.length > 0 && i.stewards.length > 0)).toBe(true);
    expect(indicators.every((i) => i.targets.length > 0 && i.dimensionIds.length > 0)).toBe(true);
    const krueger = indicators.filter((i) =>
      i.stewards.some((s) => s.displayName.startsWith('Tobias Krüger')),
    );
    expect(krueger.length).toBeGreaterThanOrEqual(3);
    const measures = (await get<Page<Measure>>('/measures?pageSize=100')).items;
    expect(measures.filter((m) => m.indicatorIds.length > 0).length).toBeGreaterThanOrEqual(5);
    const plan = await get<CollectionPlanEntry[]>('/indicators/collection-plan?date=2026-11-21');
    expect(plan.map((e) => e.period)).toEqual(
      expect.arrayContaining(['2026-Q4', '2026-H2', '2026']),
    );
  });
});
