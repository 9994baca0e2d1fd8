import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../src/database/embedded-database';
import { ApiClient } from '../support/api-client';
import { apiProcesses, runApiToExit } from '../support/api-process';
import {
  demoLogin,
  expectDatabaseUnavailable,
  expectServingAgain,
  isRunning,
  postmasterPid,
} from '../support/postgres-process';
import { StandalonePostgres } from '../support/standalone-postgres';

/** The built API (`node dist/apps/api/main.js`) when its PostgreSQL dies under it. */
describe('when the database fails', () => {
  const apis = apiProcesses('gw-resilience-');
  const start = apis.start;

  it('answers 503 with Retry-After while DATABASE_URL is down and serves again once it is back, without a restart', async () => {
    const postgres = new StandalonePostgres(join(apis.dir(), 'external'), await freePort());
    postgres.initialise();
    await postgres.start();
    try {
      const api = await start({
        DATABASE_URL: postgres.url,
        JWT_SECRET: 'a-secret-of-this-test-that-is-long-enough',
        DATA_DIR: join(apis.dir(), 'unused'),
      });
      const client = new ApiClient(api.baseUrl);
      const token = await demoLogin(client);

      await postgres.kill();
      await expectDatabaseUnavailable(client, token);
      await expectDatabaseUnavailable(client, token);

      await postgres.start();
      await expectServingAgain(client, token);
      expect(api.child.exitCode).toBeNull();
    } finally {
      await postgres.stop();
    }
  }, 60_000);

  it('restarts its embedded PostgreSQL when it is killed, answering 503 meanwhile', async () => {
    const dataDir = join(apis.dir(), 'embedded');
    const api = await start({ DATA_DIR: dataDir });
    const client = new ApiClient(api.baseUrl);
    const token = await demoLogin(client);
    const killed = postmasterPid(dataDir);

    process.kill(killed, 'SIGKILL');
    await expectDatabaseUnavailable(client, token);

    await expectServingAgain(client, token);
    expect(postmasterPid(dataDir)).not.toBe(killed);
    expect(api.output()).toContain('the embedded PostgreSQL ended unexpectedly');
    expect(api.output()).toContain('the embedded PostgreSQL was restarted');
  }, 60_000);

  it('stops the PostgreSQL a killed API left running, and refuses to share a running one', async () => {
    const dataDir = join(apis.dir(), 'embedded');
    const crashed = await start({ DATA_DIR: dataDir });
    const token = await demoLogin(new ApiClient(crashed.baseUrl));
    const orphan = postmasterPid(dataDir);
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    expect(isRunning(orphan)).toBe(true);

    const next = await start({ DATA_DIR: dataDir });
    expect(isRunning(orphan)).toBe(false);
    expect(next.output()).toContain(`"pid":${orphan}`);
    expect(next.output()).toContain('stopped a PostgreSQL that an API which ended without');
    const me = await new ApiClient(next.baseUrl).get('/api/v1/me', { token: token });
    expect(me.status).toBe(200);

    const second = await runApiToExit({
      TRUST_PROXY: 'true',
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
    });
    expect(second.code).toBe(1);
    expect(second.output).toContain(
      `belongs to another running API (pid ${next.child.pid}). Stop that API first`,
    );
    expect(second.output).not.toContain('undefined');
  }, 90_000);

  it('starts over a lock file whose pid now belongs to another program', async () => {
    const dataDir = join(apis.dir(), 'embedded');
    const first = await start({ DATA_DIR: dataDir });
    await first.stop();
    const stranger: ChildProcess = spawn('sleep', ['60']);
    try {
      // What PostgreSQL leaves after a crash once its pid is reused: it refuses to start on it.
      writeFileSync(
        join(dataDir, 'postgres', 'postmaster.pid'),
        `${stranger.pid}\n${join(dataDir, 'postgres')}\n`,
      );
      const api = await start({ DATA_DIR: dataDir });
      expect(api.output()).toContain('removed the lock file of a PostgreSQL that no longer runs');
      expect((await new ApiClient(api.baseUrl).get('/api/v1/health')).status).toBe(200);
    } finally {
      stranger.kill();
    }
  }, 60_000);
});
