import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/database/embedded-database';
import { ApiClient } from '../support/api-client';
import { type ApiProcess, runApiToExit, startApiProcess } from '../support/api-process';
import { clientIp, createUser } from '../support/factories';
import { adminQuery, databaseUrl, dropTestDatabase } from '../support/test-database';
import { MIGRATIONS } from '@gw/api/migrations';
import { Client } from 'pg';

/** The built API as a user starts it: `node dist/apps/api/main.js` (what `npm start` runs). */
describe('starting the built API', () => {
  const running: ApiProcess[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((api) => api.stop()));
  });

  describe('with the embedded database in DATA_DIR', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'gw-start-'));
      chmodSync(dataDir, 0o755);
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('migrates, seeds the demo initiative, prints the URL and the demo logins', async () => {
      const port = await freePort();
      const api = await startApiProcess({ DATA_DIR: dataDir }, port);
      running.push(api);
      expect(api.output()).toContain(`http://localhost:${port}`);
      expect(api.output()).toMatch(/coordination\s+koordination@demo\.gemeinsam-wirken\.de/);
      expect(api.output()).toContain('Demo-Passwort-2026');

      const client = new ApiClient(api.baseUrl);
      const login = await client.post(
        '/api/v1/auth/login',
        { email: 'koordination@demo.gemeinsam-wirken.de', password: 'Demo-Passwort-2026' },
        { headers: clientIp() },
      );
      expect(login.status).toBe(200);
      const initiatives = await client.get('/api/v1/initiatives', {
        token: login.body.accessToken,
      });
      expect(initiatives.body.items).toEqual([
        expect.objectContaining({ name: 'Jugendpakt Auenstadt', myRole: 'coordination' }),
      ]);
      const members = await client.get(
        `/api/v1/initiatives/${initiatives.body.items[0].id}/members`,
        {
          token: login.body.accessToken,
        },
      );
      expect(members.body.total).toBeGreaterThanOrEqual(10);
      expect(new Set(members.body.items.map((m: { role: string }) => m.role))).toEqual(
        new Set(['coordination', 'steering', 'working_group', 'partner', 'observer']),
      );
    });

    it('keeps all data and the sessions across a restart on the same DATA_DIR', async () => {
      const first = await startApiProcess({ DATA_DIR: dataDir }, await freePort());
      running.push(first);
      const user = await createUser(new ApiClient(first.baseUrl));
      await first.stop();

      const second = await startApiProcess({ DATA_DIR: dataDir }, await freePort());
      running.push(second);
      const client = new ApiClient(second.baseUrl);
      const me = await client.get('/api/v1/me', { token: user.token });
      expect(me.status).toBe(200);
      expect(me.body.email).toBe(user.email);
      const demoUsers = await client.post(
        '/api/v1/auth/login',
        { email: 'koordination@demo.gemeinsam-wirken.de', password: 'Demo-Passwort-2026' },
        { headers: clientIp() },
      );
      const list = await client.get('/api/v1/initiatives', { token: demoUsers.body.accessToken });
      expect(list.body.total).toBe(1);
    });
  });

  describe('two instances against one DATABASE_URL', () => {
    let database: string;
    beforeAll(async () => {
      database = `gw_shared_${Date.now()}`;
      await adminQuery(`CREATE DATABASE ${database}`);
    });
    afterAll(() => dropTestDatabase(database));

    it('start at the same time, migrate once and serve the same users and sessions', async () => {
      const env = {
        DATABASE_URL: databaseUrl(database),
        JWT_SECRET: 'shared-secret-of-both-instances-0123456789',
        DEMO_SEED: 'false',
        DATA_DIR: '/nonexistent-data-dir',
      };
      const [a, b] = await Promise.all([
        startApiProcess(env, await freePort()),
        startApiProcess(env, await freePort()),
      ]);
      running.push(a, b);
      const user = await createUser(new ApiClient(a.baseUrl));
      const onB = new ApiClient(b.baseUrl);
      const me = await onB.get('/api/v1/me', { token: user.token });
      expect(me.body.id).toBe(user.id);
      const refreshed = await onB.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(refreshed.status).toBe(200);
      const reused = await new ApiClient(a.baseUrl).post('/api/v1/auth/refresh', {
        refreshToken: user.refreshToken,
      });
      expect(reused.status).toBe(401);

      const client = new Client({ connectionString: databaseUrl(database) });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS count FROM migrations');
      await client.end();
      expect(rows[0].count).toBe(MIGRATIONS.length);
    });
  });

  it('refuses to start in production without JWT_SECRET and says why', async () => {
    const { code, output } = await runApiToExit({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x@127.0.0.1:1/x',
    });
    expect(code).toBe(1);
    expect(output).toContain('JWT_SECRET is not set');
  });

  it('refuses an invalid configuration and names the variable', async () => {
    const { code, output } = await runApiToExit({ PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output).toContain('PORT');
  });
});
