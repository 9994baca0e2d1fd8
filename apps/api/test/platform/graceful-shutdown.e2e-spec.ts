import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiClient } from '../support/api-client';
import { apiProcesses } from '../support/api-process';
import { demoLogin, isRunning, postmasterPid } from '../support/postgres-process';

const IN_FLIGHT = 6;

/** How the built API (`node dist/apps/api/main.js`) listens and stops. */
describe('the API process', () => {
  const apis = apiProcesses('gw-shutdown-');
  const start = (env: Record<string, string> = {}) => apis.start({ DATA_DIR: apis.dir(), ...env });

  it('on SIGTERM refuses new connections, answers the requests in flight, then stops its database and exits 0', async () => {
    const api = await start();
    const client = new ApiClient(api.baseUrl);
    const token = await demoLogin(client);
    const postgresPid = postmasterPid(apis.dir());

    // A lock on the users table holds every /me request inside the database.
    const blocker = new Client({
      host: '127.0.0.1',
      port: Number(
        readFileSync(join(apis.dir(), 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3],
      ),
      user: 'postgres',
      password: readFileSync(join(apis.dir(), 'postgres-password'), 'utf8').trim(),
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
