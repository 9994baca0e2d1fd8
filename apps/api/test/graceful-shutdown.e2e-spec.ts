import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../src/database/embedded-database';
import { ApiClient } from './support/api-client';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { demoLogin, isRunning, postmasterPid } from './support/postgres-process';

const IN_FLIGHT = 6;

/** How the built API (`node dist/apps/api/main.js`) listens and stops. */
describe('the API process', () => {
  const running: ApiProcess[] = [];
  let dataDir: string;
  const start = async (env: Record<string, string> = {}) => {
    const api = await startApiProcess(
      { DATA_DIR: dataDir, TRUST_PROXY: 'true', ...env },
      await freePort(),
    );
    running.push(api);
    return api;
  };

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gw-shutdown-'));
    chmodSync(dataDir, 0o755);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((api) => api.stop()));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('on SIGTERM refuses new connections, answers the requests in flight, then stops its database and exits 0', async () => {
    const api = await start();
    const client = new ApiClient(api.baseUrl);
    const token = await demoLogin(client);
    const postgresPid = postmasterPid(dataDir);

    // A lock on the users table holds every /me request inside the database.
    const blocker = new Client({
      host: '127.0.0.1',
      port: Number(
        readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3],
      ),
      user: 'postgres',
      password: readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim(),
      database: 'gemeinsam_wirken',
    });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
    const inFlight = Array.from({ length: IN_FLIGHT }, () => client.get('/api/v1/me', { token }));
    await waitFor(async () => {
      const { rows } = await blocker.query(
        "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
      );
      return rows[0].waiting > 0;
    });
    // The other requests may not have reached the lock yet; give them time to get there.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    api.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(fetch(`${api.baseUrl}/api/v1/health`)).rejects.toThrow();
    expect(isRunning(postgresPid)).toBe(true);

    await blocker.query('COMMIT');
    await blocker.end();
    const answers = await Promise.all(inFlight);
    expect(answers.map((answer) => answer.status)).toEqual(Array(IN_FLIGHT).fill(200));
    expect(await api.exited).toBe(0);
    expect(isRunning(postgresPid)).toBe(false);
    expect(api.output()).not.toMatch(/"level":(50|60)/);
  }, 60_000);

  it('listens on 127.0.0.1 by default and on the address in HOST otherwise', async () => {
    const local = await start();
    const port = new URL(local.baseUrl).port;
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status).toBe(200);
    await expect(fetch(`http://127.0.0.2:${port}/api/v1/health`)).rejects.toThrow();
    await local.stop();

    const other = await start({ HOST: '127.0.0.2' });
    const otherPort = new URL(other.baseUrl).port;
    expect((await fetch(`http://127.0.0.2:${otherPort}/api/v1/health`)).status).toBe(200);
    await expect(fetch(`http://127.0.0.1:${otherPort}/api/v1/health`)).rejects.toThrow();
  }, 60_000);
});

async function waitFor(condition: () => Promise<boolean>, withinMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; ) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${withinMs} ms`);
}
