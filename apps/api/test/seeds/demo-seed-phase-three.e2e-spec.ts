import type {
  AuthSession,
  Indicator,
  IndicatorSeries,
  InitiativeSummary,
  Measurement,
  Page,
} from '@gw/shared/contracts';
import { DEMO_PASSWORD } from '../../src/seeds/demo/demo-data';
import { DemoSeedService } from '../../src/seeds/demo/demo-seed.service';
import { periodByKey } from '../../src/modules/indicators/collection-period';
import { clientIp } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** The demo initiative shows Umsetzung at work: values, their review, corrections, comments. */
describe('demo seed: measured values of "Jugendpakt Auenstadt"', () => {
  let t: TestApp;
  let token: string;
  let base: string;
  let indicators: Indicator[];
  const values = new Map<string, Measurement[]>();

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
  const all = () => [...values.values()].flat();
  const byName = (name: string) => indicators.find((i) => i.name === name)!;

  beforeAll(async () => {
    t = await startTestApp();
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(true);
    token = await login('koordination');
    const initiatives = await t.api.get<Page<InitiativeSummary>>('/api/v1/initiatives', { token });
    base = `/api/v1/initiatives/${initiatives.body.items[0]!.id}`;
    indicators = await get<Indicator[]>('/indicators');
    for (const indicator of indicators) {
      const page = await get<Page<Measurement>>(
        `/indicators/${indicator.id}/measurements?pageSize=100`,
      );
      values.set(indicator.id, page.items);
    }
  });
  afterAll(() => t.close());

  it('has approved values for every indicator from its baseline on, following its frequency', () => {
    for (const indicator of indicators) {
      const own = values.get(indicator.id)!;
      expect({ name: indicator.name, approved: own.some((m) => m.status === 'approved') }).toEqual({
        name: indicator.name,
        approved: true,
      });
      for (const value of own) {
        expect(periodByKey(indicator.frequency, value.period)).not.toBeNull();
        expect(value.periodEnd < new Date().toISOString().slice(0, 10)).toBe(true);
        if (indicator.baseline.date) {
          expect(value.periodEnd >= indicator.baseline.date).toBe(true);
        }
      }
    }
  });

  it('has totals and values per district or age group with case numbers, some below five', () => {
    const cells = all().filter((m) => m.cell.length > 0);
    expect(cells.length).toBeGreaterThan(10);
    expect(all().every((m) => m.cases !== null)).toBe(true);
    expect(cells.some((m) => (m.cases ?? 0) < 5)).toBe(true);
    const coaching = values.get(byName('Teilnehmende am Übergangscoaching').id)!;
    const [latest] = coaching;
    const sameTime = coaching.filter((m) => m.period === latest!.period);
    const byDimension = (dimensionId: string) =>
      sameTime
        .filter((m) => m.cell[0]?.dimensionId === dimensionId)
        .reduce((sum, m) => sum + m.value, 0);
    const total = sameTime.find((m) => m.cell.length === 0)!.value;
    for (const dimensionId of byName('Teilnehmende am Übergangscoaching').dimensionIds) {
      expect(byDimension(dimensionId)).toBe(total);
    }
  });

  it('has values a steward submitted for review and one returned with a comment', () => {
    const submitted = all().filter((m) => m.status === 'submitted');
    expect(submitted.length).toBeGreaterThanOrEqual(2);
    const returned = all().filter((m) => m.status === 'returned');
    expect(returned).toHaveLength(1);
    expect(returned[0]!.reviewComment).toMatch(/Ausbildungsmesse/);
    expect(returned[0]!.history[0]).toMatchObject({ action: 'returned', status: 'submitted' });
  });

  it('has corrections with their history, and comments on a few values', () => {
    const corrected = all().filter((m) => m.history.some((h) => h.action === 'corrected'));
    expect(corrected).toHaveLength(2);
    for (const value of corrected) {
      const correction = value.history.find((h) => h.action === 'corrected')!;
      expect(correction.reason).not.toBe('');
      expect(correction.changedBy).not.toBeNull();
      expect(correction.value).not.toBe(value.value);
    }
    const comments = all().flatMap((m) => m.comments);
    expect(comments.length).toBeGreaterThanOrEqual(3);
    expect(comments.every((c) => c.author !== null)).toBe(true);
  });

  it("charts an indicator's approved values with their comments", async () => {
    const quota = byName('Abgängerinnen und Abgänger mit Anschlussperspektive');
    const series = await get<IndicatorSeries>(`/indicators/${quota.id}/series`);
    expect(series.total.length).toBeGreaterThan(0);
    expect(series.cells).toHaveLength(5);
    expect(series.total.some((point) => point.comments.length > 0)).toBe(true);
    expect(series.targets).toEqual([
      { value: 80, date: '2027-07-31' },
      { value: 90, date: '2029-07-31' },
    ]);
  });

  it('lets coordination approve the waiting values and the steward correct the returned one', async () => {
    const [waiting] = all().filter((m) => m.status === 'submitted');
    const approved = await t.api.post<Measurement>(
      `${base}/indicators/${waiting!.indicatorId}/measurements/${waiting!.id}/review`,
      { decision: 'approve', version: waiting!.version },
      { token },
    );
    expect(approved.body.status).toBe('approved');
    const [returned] = all().filter((m) => m.status === 'returned');
    const corrected = await t.api.patch<Measurement>(
      `${base}/indicators/${returned!.indicatorId}/measurements/${returned!.id}`,
      { value: returned!.value + 38, reason: 'Messeplätze ergänzt', version: returned!.version },
      { token: await login('arbeitsgruppe') },
    );
    expect(corrected.body).toMatchObject({ status: 'submitted', reviewComment: null });
  });
});
