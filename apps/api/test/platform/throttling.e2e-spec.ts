import { type PublicLink, PROBLEM_TYPES } from '@gw/shared/contracts';
import { BlockedClients } from '../../src/common/throttle/blocked-clients';
import { LoginThrottleService } from '../../src/modules/auth/login-throttle.service';
import { PublicReportPdfs } from '../../src/modules/reports/public-report-pdf';
import type { ApiResponse } from '../support/api-client';
import { CSV_TYPE, csvFile } from '../support/actor-table';
import {
  addMember,
  clientIp,
  createInitiative,
  createUser,
  PASSWORD,
  type TestUser,
  uniqueEmail,
} from '../support/factories';
import { detailOf, expectProblem } from '../support/problem';
import { startTestApp, type TestApp } from '../support/test-app';

const WRONG = 'wrong password!';

describe('throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, from: Record<string, string>) =>
    t.api.post('/api/v1/auth/login', { email, password }, { headers: from });
  const statuses = (responses: ApiResponse[]) =>
    responses.reduce<Record<number, number>>((counts, { status }) => {
      counts[status] = (counts[status] ?? 0) + 1;
      return counts;
    }, {});
  const expectWait = (response: ApiResponse, minutes: number) => {
    expectProblem(response, 429, PROBLEM_TYPES.tooManyAttempts);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan((minutes - 1) * 60);
    expect(retryAfter).toBeLessThanOrEqual(minutes * 60);
    expect(detailOf(response)).toMatch(
      new RegExp(`Please wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}\\.$`),
    );
  };
  /** Lets the time pass until the pair may try again. */
  /** Lets the wait pass: in PostgreSQL, and in what the instance remembers of waiting pairs. */
  const skipWait = async (email: string) => {
    await t.dataSource.query(`UPDATE login_attempts SET next_attempt_at = now() WHERE email = $1`, [
      email,
    ]);
    Object.assign(t.app.get(LoginThrottleService), { waitingPairs: new BlockedClients() });
  };

  describe('login', () => {
    it('checks at most five of 300 parallel guesses for one account, and not the right password sent among them', async () => {
      const owner = await createUser(t.api);
      const attacker = clientIp();
      const responses = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          login(owner.email, i === 269 ? PASSWORD : WRONG, attacker),
        ),
      );
      expect(statuses(responses)).toEqual({ 401: 5, 429: 295 });
      expectWait(responses[269]!, 1);
    });

    it('makes the wait grow with each further failure: 1, 2, 4 … minutes, at most 15', async () => {
      const owner = await createUser(t.api);
      const from = clientIp();
      for (let i = 0; i < 5; i++) expect((await login(owner.email, WRONG, from)).status).toBe(401);
      expectWait(await login(owner.email, PASSWORD, from), 1);
      for (const minutes of [2, 4, 8, 15, 15]) {
        await skipWait(owner.email);
        expect((await login(owner.email, WRONG, from)).status).toBe(401);
        expectWait(await login(owner.email, PASSWORD, from), minutes);
      }
      await skipWait(owner.email);
      expect((await login(owner.email, PASSWORD, from)).status).toBe(200);
    });

    it('lets the owner log in from their own address while a stranger’s guesses wait', async () => {
      const owner = await createUser(t.api);
      const stranger = clientIp();
      const answers: number[] = [];
      for (let i = 0; i < 50; i++) answers.push((await login(owner.email, WRONG, stranger)).status);
      expect(answers.filter((status) => status === 401)).toHaveLength(5);
      expect(answers.filter((status) => status === 429)).toHaveLength(45);

      expect((await login(owner.email, PASSWORD, clientIp())).status).toBe(200);
    });

    it('starts a pair afresh after a successful login', async () => {
      const owner = await createUser(t.api);
      const from = clientIp();
      for (let i = 0; i < 4; i++) await login(owner.email, WRONG, from);
      expect((await login(owner.email, PASSWORD, from)).status).toBe(200);
      for (let i = 0; i < 5; i++) expect((await login(owner.email, WRONG, from)).status).toBe(401);
    });

    it('does not block a shared office address after 30 failed logins there across other accounts', async () => {
      const office = clientIp();
      const failures = await Promise.all(
        Array.from({ length: 30 }, () => login(uniqueEmail('colleague'), WRONG, office)),
      );
      expect(statuses(failures)).toEqual({ 401: 30 });
      const colleague = await createUser(t.api);
      expect((await login(colleague.email, PASSWORD, office)).status).toBe(200);
    });

    it('stops guessing across accounts from one address at 100 failures in 15 minutes', async () => {
      const attacker = clientIp();
      // 90 failures of the address across accounts so far (real ones cost a password hash each).
      await t.dataSource.query(
        `INSERT INTO rate_limit_counters (bucket, client_key, hits, resets_at)
         VALUES ('loginFailures', $1, 90, now() + interval '15 minutes')`,
        [attacker['x-forwarded-for']],
      );
      const failures = await Promise.all(
        Array.from({ length: 20 }, () => login(uniqueEmail('victim'), WRONG, attacker)),
      );
      expect(statuses(failures)).toEqual({ 401: 10, 429: 10 });
      const user = await createUser(t.api);
      expectWait(await login(user.email, PASSWORD, attacker), 15);
      expect((await login(user.email, PASSWORD, clientIp())).status).toBe(200);
    });
  });

  it('limits registrations per address, a burst per minute and a total per hour, with 429 and Retry-After in minutes', async () => {
    const from = clientIp();
    const register = () =>
      t.api.post(
        '/api/v1/auth/register',
        { email: uniqueEmail(), password: PASSWORD, displayName: 'Neu' },
        { headers: from },
      );
    const burst = await Promise.all(Array.from({ length: 10 }, register));
    expect(statuses(burst)).toEqual({ 201: 10 });
    expectWait(await register(), 1);
    // Known to be blocked, the address is answered before its request is even read.
    const unread = await t.api.post('/api/v1/auth/register', undefined, {
      headers: { ...from, 'content-type': 'application/json' },
      rawBody: '{"not json',
    });
    expectWait(unread, 1);
    // An address that registered 20 accounts this hour waits for the hour, whatever the minute.
    const office = clientIp();
    await t.dataSource.query(
      `INSERT INTO rate_limit_counters (bucket, client_key, hits, resets_at)
       VALUES ('register', $1, 20, now() + interval '1 hour')`,
      [office['x-forwarded-for']],
    );
    expectWait(
      await t.api.post(
        '/api/v1/auth/register',
        { email: uniqueEmail(), password: PASSWORD, displayName: 'Neu' },
        { headers: office },
      ),
      60,
    );
    expect((await t.api.post('/api/v1/auth/register', {})).status).toBe(400);
  });

  describe('public reports', () => {
    let coordinator: TestUser;
    let steering: TestUser;
    beforeAll(async () => {
      coordinator = await createUser(t.api);
      steering = await createUser(t.api);
    });

    /** A published report of a new initiative and its public link. */
    const sharedReport = async () => {
      const initiative = await createInitiative(t.api, coordinator);
      await addMember(t.dataSource, initiative.id, steering, 'steering');
      const base = `/api/v1/initiatives/${initiative.id}`;
      const post = async <T = { artifactId: string }>(
        path: string,
        token: string,
        body?: unknown,
      ) => {
        const response = await t.api.post<T>(path, body, { token });
        if (response.status >= 300) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
        return response.body;
      };
      const report = await post(`${base}/reports`, coordinator.token, {
        periodType: 'quarter',
        periodStart: '2027-01-01',
      });
      const version = `${base}/artifacts/${report.artifactId}/versions/1`;
      await post(`${version}/submit`, coordinator.token);
      await post(`${version}/approvals`, steering.token, { decision: 'approve' });
      await post(`${version}/publish`, coordinator.token);
      const link = await post<PublicLink>(`${version}/public-link`, coordinator.token);
      return { initiativeId: initiative.id, linkPath: `${version}/public-link`, token: link.token };
    };

    it('renders a public PDF once, and answers 404 for a revoked link even when cached', async () => {
      const shared = await sharedReport();
      const render = jest.spyOn(t.app.get(PublicReportPdfs), 'render');
      const pdf = () => fetch(`${t.baseUrl}/api/v1/public/reports/${shared.token}/pdf`);
      const first = await pdf();
      const second = await pdf();
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(Buffer.from(await second.arrayBuffer())).toEqual(
        Buffer.from(await first.arrayBuffer()),
      );
      expect(render).toHaveBeenCalledTimes(1);

      // The public view changes with the initiative's threshold: a new document, not the cached one.
      await t.dataSource.query(`UPDATE initiatives SET suppression_threshold = 40 WHERE id = $1`, [
        shared.initiativeId,
      ]);
      expect((await pdf()).status).toBe(200);
      expect(render).toHaveBeenCalledTimes(2);

      expect((await t.api.delete(shared.linkPath, { token: coordinator.token })).status).toBe(204);
      expectProblem(await t.api.get(`/api/v1/public/reports/${shared.token}/pdf`), 404);
      expect(render).toHaveBeenCalledTimes(2);
      render.mockRestore();
    });

    it('limits the public report to 60 and its PDF to 30 requests a minute per address', async () => {
      const shared = await sharedReport();
      const from = clientIp();
      const view = () => t.api.get(`/api/v1/public/reports/${shared.token}`, { headers: from });
      expect(statuses(await Promise.all(Array.from({ length: 60 }, view)))).toEqual({ 200: 60 });
      expectWait(await view(), 1);

      const pdf = () => t.api.get(`/api/v1/public/reports/${shared.token}/pdf`, { headers: from });
      expect(statuses(await Promise.all(Array.from({ length: 30 }, pdf)))).toEqual({ 200: 30 });
      expectWait(await pdf(), 1);
      // Another address is not affected.
      expect((await t.api.get(`/api/v1/public/reports/${shared.token}/pdf`)).status).toBe(200);
    });
  });

  it('limits imports to 20 in 10 minutes per address', async () => {
    const coordinator = await createUser(t.api);
    const initiative = await createInitiative(t.api, coordinator);
    const from = clientIp();
    const importTable = () =>
      t.api.post(`/api/v1/initiatives/${initiative.id}/actors/import?format=csv`, undefined, {
        token: coordinator.token,
        rawBody: csvFile([]),
        headers: { ...from, 'content-type': CSV_TYPE },
      });
    const allowed: ApiResponse[] = [];
    for (let i = 0; i < 20; i++) allowed.push(await importTable());
    expect(statuses(allowed)).toEqual({ 200: 20 });
    expectWait(await importTable(), 10);
  });
});
