import { createHmac } from 'node:crypto';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { clientIp, createUser, PASSWORD, uniqueEmail } from '../support/factories';
import { expectProblem, fieldsOf } from '../support/problem';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('POST /auth/register', () => {
    it('creates an account and never returns the password hash', async () => {
      const email = uniqueEmail();
      const response = await t.api.post('/api/v1/auth/register', {
        email,
        password: PASSWORD,
        displayName: 'Anna Keller',
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        email,
        displayName: 'Anna Keller',
        createdAt: expect.any(String),
      });
      const [row] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [
        response.body.id,
      ]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
    });

    it('treats e-mail addresses case-insensitively and answers 409 for a taken one', async () => {
      const email = uniqueEmail('Case');
      await t.api.post('/api/v1/auth/register', { email, password: PASSWORD, displayName: 'A' });
      const again = await t.api.post('/api/v1/auth/register', {
        email: `  ${email.toUpperCase()} `,
        password: PASSWORD,
        displayName: 'B',
      });
      expectProblem(again, 409, PROBLEM_TYPES.emailTaken);
    });

    it('rejects a password shorter than 10 characters at the field', async () => {
      const response = await t.api.post('/api/v1/auth/register', {
        email: uniqueEmail(),
        password: 'short',
        displayName: 'A',
      });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response)).toEqual(['password']);
    });

    it('rejects an invalid e-mail, an empty name and unknown fields', async () => {
      const response = await t.api.post('/api/v1/auth/register', {
        email: 'not-an-email',
        password: PASSWORD,
        displayName: '   ',
        isAdmin: true,
      });
      expectProblem(response, 400, PROBLEM_TYPES.validation);
      expect(fieldsOf(response).sort()).toEqual(['displayName', 'email', 'isAdmin']);
    });
  });

  describe('POST /auth/login', () => {
    it('returns an access token, a refresh token and the user', async () => {
      const email = uniqueEmail();
      await t.api.post('/api/v1/auth/register', { email, password: PASSWORD, displayName: 'A' });
      const response = await t.api.post(
        '/api/v1/auth/login',
        { email: email.toUpperCase(), password: PASSWORD },
        { headers: clientIp() },
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        accessTokenExpiresIn: 900,
        refreshToken: expect.any(String),
        user: expect.objectContaining({ email }),
      });
      const payload = JSON.parse(
        Buffer.from(response.body.accessToken.split('.')[1], 'base64url').toString(),
      );
      expect(payload.exp - payload.iat).toBe(15 * 60);
    });

    it('answers an unknown e-mail and a wrong password with the same 401', async () => {
      const user = await createUser(t.api);
      const unknown = await t.api.post(
        '/api/v1/auth/login',
        { email: uniqueEmail(), password: PASSWORD },
        { headers: clientIp() },
      );
      const wrong = await t.api.post(
        '/api/v1/auth/login',
        { email: user.email, password: 'wrong password!' },
        { headers: clientIp() },
      );
      expectProblem(unknown, 401);
      expectProblem(wrong, 401);
      expect(unknown.body).toEqual(wrong.body);
    });

    // The rules in detail (parallel guesses, growing waits, shared addresses):
    // platform/throttling.e2e-spec.
    it('throttles repeated failures for one account from one address, not from others', async () => {
      const user = await createUser(t.api);
      const from = clientIp();
      for (let attempt = 0; attempt < 5; attempt++) {
        const failed = await t.api.post(
          '/api/v1/auth/login',
          { email: user.email, password: 'wrong password!' },
          { headers: from },
        );
        expect(failed.status).toBe(401);
      }
      const blocked = await t.api.post(
        '/api/v1/auth/login',
        { email: user.email, password: PASSWORD },
        { headers: from },
      );
      expectProblem(blocked, 429, PROBLEM_TYPES.tooManyAttempts);
      const retryAfter = Number(blocked.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(blocked.body.detail).toMatch(/Please wait 1 minute\.$/);

      const elsewhere = await t.api.post(
        '/api/v1/auth/login',
        { email: user.email, password: PASSWORD },
        { headers: clientIp() },
      );
      expect(elsewhere.status).toBe(200);
    });

    it('forgives earlier failures of an account from an address after a successful login', async () => {
      const user = await createUser(t.api);
      const from = clientIp();
      for (let attempt = 0; attempt < 4; attempt++) {
        await t.api.post(
          '/api/v1/auth/login',
          { email: user.email, password: 'wrong password!' },
          { headers: from },
        );
      }
      const ok = await t.api.post(
        '/api/v1/auth/login',
        { email: user.email, password: PASSWORD },
        { headers: from },
      );
      expect(ok.status).toBe(200);
      const [{ count }] = await t.dataSource.query(
        'SELECT count(*)::int AS count FROM login_attempts WHERE email = $1',
        [user.email],
      );
      expect(count).toBe(0);
    });
  });

  describe('refresh tokens', () => {
    it('rotates: the new refresh token works, the old one is spent', async () => {
      const user = await createUser(t.api);
      const first = await t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(user.refreshToken);
      const me = await t.api.get('/api/v1/me', { token: first.body.accessToken });
      expect(me.body.id).toBe(user.id);

      const second = await t.api.post('/api/v1/auth/refresh', {
        refreshToken: first.body.refreshToken,
      });
      expect(second.status).toBe(200);
    });

    it('revokes the whole family when a spent token is presented again', async () => {
      const user = await createUser(t.api);
      const rotated = await t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(rotated.status).toBe(200);

      const reuse = await t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expectProblem(reuse, 401);

      const successor = await t.api.post('/api/v1/auth/refresh', {
        refreshToken: rotated.body.refreshToken,
      });
      expectProblem(successor, 401);
    });

    it('does not revoke other sessions of the same user', async () => {
      const user = await createUser(t.api);
      const other = await t.api.post(
        '/api/v1/auth/login',
        { email: user.email, password: PASSWORD },
        { headers: clientIp() },
      );
      await t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      await t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      const stillValid = await t.api.post('/api/v1/auth/refresh', {
        refreshToken: other.body.refreshToken,
      });
      expect(stillValid.status).toBe(200);
    });

    it('lets only one of two concurrent uses of the same token succeed', async () => {
      const user = await createUser(t.api);
      const results = await Promise.all([
        t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken }),
        t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('rejects unknown and expired refresh tokens with 401', async () => {
      const unknown = await t.api.post('/api/v1/auth/refresh', { refreshToken: 'x'.repeat(43) });
      expectProblem(unknown, 401);

      const user = await createUser(t.api);
      await t.dataSource.query(
        `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.id],
      );
      const expired = await t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expectProblem(expired, 401);
    });

    it('logout revokes the family, so the refresh token no longer works', async () => {
      const user = await createUser(t.api);
      const logout = await t.api.post('/api/v1/auth/logout', { refreshToken: user.refreshToken });
      expect(logout.status).toBe(204);
      const refresh = await t.api.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expectProblem(refresh, 401);
    });
  });

  describe('GET /me and the access token', () => {
    it('returns the logged-in user', async () => {
      const user = await createUser(t.api, { displayName: 'Miriam Hoffmann' });
      const me = await t.api.get('/api/v1/me', { token: user.token });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({
        id: user.id,
        email: user.email,
        displayName: 'Miriam Hoffmann',
      });
    });

    it.each([
      ['no token', undefined],
      ['a malformed token', 'not.a.jwt'],
      [
        'a token signed with another secret',
        sign({ sub: 'x' }, 'another-secret-another-secret-xx'),
      ],
      [
        'an expired token',
        sign(
          { sub: 'x', email: 'e', name: 'n', exp: Math.floor(Date.now() / 1000) - 1 },
          TEST_JWT_SECRET,
        ),
      ],
    ])('answers 401 problem JSON for %s', async (_label, token) => {
      const response = await t.api.get('/api/v1/me', { token });
      expectProblem(response, 401, PROBLEM_TYPES.unauthorized);
    });
  });

  describe('logs', () => {
    it('never contain passwords or tokens', async () => {
      const user = await createUser(t.api);
      const refreshed = await t.api.post('/api/v1/auth/refresh', {
        refreshToken: user.refreshToken,
      });
      await t.api.get('/api/v1/me', { token: refreshed.body.accessToken });
      await t.api.post(
        '/api/v1/auth/login',
        { email: user.email, password: 'a wrong password' },
        { headers: clientIp() },
      );
      const logs = t.logs.join('\n');
      expect(logs).toContain('request completed');
      for (const secret of [
        PASSWORD,
        'a wrong password',
        user.token,
        user.refreshToken,
        refreshed.body.accessToken,
        refreshed.body.refreshToken,
      ]) {
        expect(logs).not.toContain(secret);
      }
    });

    it('tag each request with a request id that the response echoes', async () => {
      const response = await t.api.get('/api/v1/health', { headers: { 'x-request-id': 'req-42' } });
      expect(response.headers.get('x-request-id')).toBe('req-42');
      const line = t.logs.map((l) => JSON.parse(l)).find((l) => l.reqId === 'req-42');
      expect(line).toMatchObject({ msg: 'request completed', res: { statusCode: 200 } });
    });
  });
});

function sign(payload: Record<string, unknown>, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ iat: Math.floor(Date.now() / 1000) - 10, ...payload })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}
