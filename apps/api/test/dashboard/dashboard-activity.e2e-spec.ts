import type { ActivityEntry, Dashboard, Page } from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { createIndicator } from '../support/phase-two';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

describe("the dashboard's activity", () => {
  let t: TestApp;
  let coordinator: TestUser;
  let partner: TestUser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await createUser(t.api, { displayName: 'Miriam Koordination' });
    partner = await createUser(t.api, { displayName: 'Aylin Partner' });
    const initiative = await createInitiative(t.api, coordinator);
    await addMember(t.dataSource, initiative.id, partner, 'partner');
    base = `/api/v1/initiatives/${initiative.id}`;
    const shared = await createIndicator(t.api, initiative.id, coordinator, {
      name: 'Beratungen',
      frequency: 'monthly',
      visibility: 'partners',
    });
    const internal = await createIndicator(t.api, initiative.id, coordinator, {
      name: 'Intern',
      frequency: 'monthly',
      visibility: 'internal',
    });
    // 24 values of the shared indicator, 3 of the internal one: 27 entries for coordination.
    for (let month = 1; month <= 24; month++) {
      const period = `${2024 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
      const response = await t.api.post(
        `${base}/indicators/${shared.id}/measurements`,
        { period, value: month },
        { token: coordinator.token },
      );
      expect(response.status).toBe(201);
    }
    for (const period of ['2024-01', '2024-02', '2024-03']) {
      await t.api.post(
        `${base}/indicators/${internal.id}/measurements`,
        { period, value: 1 },
        { token: coordinator.token },
      );
    }
  });
  afterAll(() => t.close());

  const page = async (query: string, token = coordinator.token) => {
    const response = await t.api.get<Page<ActivityEntry>>(`${base}/dashboard/activity?${query}`, {
      token,
    });
    expect(response.status).toBe(200);
    return response.body;
  };
  const key = (entry: ActivityEntry) => `${entry.at} ${entry.subject} ${entry.period}`;

  it('shows the newest ten on the dashboard and counts all of the 30 days', async () => {
    const board = (await t.api.get<Dashboard>(`${base}/dashboard`, { token: coordinator.token }))
      .body;
    expect(board.activity).toHaveLength(10);
    expect(board.activityTotal).toBe(27);
    expect(board.activity.map(key)).toEqual((await page('page=1&pageSize=10')).items.map(key));
  });

  it('pages through all of them, newest first, without repeating or skipping one', async () => {
    const first = await page('page=1&pageSize=10');
    const second = await page('page=2&pageSize=10');
    const third = await page('page=3&pageSize=10');
    expect([first.total, second.page, third.items.length]).toEqual([27, 2, 7]);
    const all = [...first.items, ...second.items, ...third.items];
    expect(new Set(all.map(key)).size).toBe(27);
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
    expect((await page('page=4&pageSize=10')).items).toEqual([]);
  });

  it('leaves out the values of indicators the caller may not see', async () => {
    const seen = await page('page=1&pageSize=100', partner.token);
    expect(seen.total).toBe(24);
    expect(seen.items.every((entry) => entry.subject === 'Beratungen')).toBe(true);
  });

  it('refuses a page size above 100 and answers 404 to a non-member', async () => {
    expectProblem(
      await t.api.get(`${base}/dashboard/activity?pageSize=101`, { token: coordinator.token }),
      400,
    );
    const stranger = await createUser(t.api);
    expectProblem(await t.api.get(`${base}/dashboard/activity`, { token: stranger.token }), 404);
  });
});
