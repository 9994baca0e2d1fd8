import type { ArtifactVersion, PublicLink, PublicLinkStatus } from '@gw/shared/contracts';
import { addMember, createInitiative, createUser, type TestUser } from '../support/factories';
import { expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * What coordination sees of a report's public link after a reload: whether it is live, since
 * when and how often the page or its PDF was opened; after revoking, nothing is live.
 */
describe('the status of a report’s public link', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let steering: TestUser[];
  let partner: TestUser;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await createUser(t.api);
    steering = [await createUser(t.api), await createUser(t.api), await createUser(t.api)];
    partner = await createUser(t.api);
    const initiative = await createInitiative(t.api, coordinator);
    base = `/api/v1/initiatives/${initiative.id}`;
    for (const member of steering) await addMember(t.dataSource, initiative.id, member, 'steering');
    await addMember(t.dataSource, initiative.id, partner, 'partner');
  });
  afterAll(() => t.close());

  /** A report of an empty quarter, submitted, approved by two of three and published. */
  const publishedReport = async () => {
    const as = { token: coordinator.token };
    const draft = await t.api.post<ArtifactVersion>(
      `${base}/reports`,
      { periodType: 'quarter', periodStart: '2027-02-10' },
      as,
    );
    const path = `${base}/artifacts/${draft.body.artifactId}/versions/1`;
    expect((await t.api.post(`${path}/submit`, undefined, as)).status).toBe(201);
    for (const member of steering.slice(0, 2)) {
      await t.api.post(`${path}/approvals`, { decision: 'approve' }, { token: member.token });
    }
    expect((await t.api.post(`${path}/publish`, undefined, as)).status).toBe(200);
    return path;
  };
  const statusOf = async (path: string, token = coordinator.token) => {
    const response = await t.api.get<PublicLinkStatus>(`${path}/public-link`, { token });
    expect(response.status).toBe(200);
    return response.body;
  };

  it('is not live before a link is made, live from then on, and counts page and PDF openings', async () => {
    const path = await publishedReport();
    expect(await statusOf(path)).toEqual({ live: false });

    const link = await t.api.post<PublicLink>(`${path}/public-link`, undefined, {
      token: coordinator.token,
    });
    expect(await statusOf(path)).toEqual({
      live: true,
      createdAt: link.body.createdAt,
      openedCount: 0,
      lastOpenedAt: null,
    });

    const url = `/api/v1/public/reports/${link.body.token}`;
    expect((await t.api.get(url)).status).toBe(200);
    expect((await t.api.get(url)).status).toBe(200);
    expect((await t.api.get(`${url}/pdf`)).status).toBe(200);
    const opened = await statusOf(path);
    expect(opened).toMatchObject({ live: true, openedCount: 3 });
    expect(opened.live && Date.parse(opened.lastOpenedAt!)).toBeGreaterThanOrEqual(
      Date.parse(link.body.createdAt),
    );
    // Members who cannot revoke still see that the report is out in public.
    expect(await statusOf(path, partner.token)).toMatchObject({ live: true, openedCount: 3 });
  });

  it('starts counting anew with a replacing link; a revoked link answers 404 and counts nothing', async () => {
    const path = await publishedReport();
    const as = { token: coordinator.token };
    const first = await t.api.post<PublicLink>(`${path}/public-link`, undefined, as);
    await t.api.get(`/api/v1/public/reports/${first.body.token}`);
    const second = await t.api.post<PublicLink>(`${path}/public-link`, undefined, as);
    expect(await statusOf(path)).toMatchObject({ live: true, openedCount: 0 });
    expectProblem(await t.api.get(`/api/v1/public/reports/${first.body.token}`), 404);
    expect(await statusOf(path)).toMatchObject({ live: true, openedCount: 0 });

    expect((await t.api.delete(`${path}/public-link`, as)).status).toBe(204);
    expect(await statusOf(path)).toEqual({ live: false });
    expectProblem(await t.api.get(`/api/v1/public/reports/${second.body.token}`), 404);
    expectProblem(await t.api.get(`/api/v1/public/reports/${second.body.token}/pdf`), 404);
    const [row] = (await t.dataSource.query(
      'SELECT opened_count FROM report_public_links WHERE revoked_at IS NOT NULL ORDER BY created_at DESC LIMIT 1',
    )) as { opened_count: number }[];
    expect(row!.opened_count).toBe(0);
  });

  it('says a draft has no live link, and answers 404 for an artifact that is not a report or not the initiative’s', async () => {
    const draft = await t.api.post<ArtifactVersion>(
      `${base}/reports`,
      { periodType: 'quarter', periodStart: '2027-05-10' },
      { token: coordinator.token },
    );
    expect(await statusOf(`${base}/artifacts/${draft.body.artifactId}/versions/1`)).toEqual({
      live: false,
    });
    const other = await createUser(t.api);
    const foreign = await createInitiative(t.api, other);
    const response = await t.api.get(
      `/api/v1/initiatives/${foreign.id}/artifacts/${draft.body.artifactId}/versions/1/public-link`,
      { token: other.token },
    );
    expectProblem(response, 404);
    const [agreement] = (await t.dataSource.query(
      `SELECT a.id FROM artifacts a WHERE a.kind = 'agreement' AND a.initiative_id = $1`,
      [base.split('/').at(-1)],
    )) as { id: string }[];
    // Every initiative has its agreement from the start: an artifact, but not a report.
    expectProblem(
      await t.api.get(`${base}/artifacts/${agreement!.id}/versions/1/public-link`, {
        token: coordinator.token,
      }),
      404,
    );
  });
});
