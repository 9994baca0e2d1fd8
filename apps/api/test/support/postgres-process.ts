import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { DEMO_PASSWORD } from '../../src/seeds/demo/demo-data';
import type { ApiClient } from './api-client';
import { expectProblem } from './problem';

/** An access token of the seeded demo coordinator (DEMO_SEED, on by default outside production). */
export async function demoLogin(api: ApiClient): Promise<string> {
  const login = await api.post('/api/v1/auth/login', {
    email: 'koordination@demo.gemeinsam-wirken.de',
    password: DEMO_PASSWORD,
  });
  if (login.status !== 200) throw new Error(`demo login failed: ${JSON.stringify(login.body)}`);
  return (login.body as { accessToken: string }).accessToken;
}

/** The pid of the PostgreSQL server running on an API's DATA_DIR, from its lock file. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Whether a process runs (Linux); a zombie, ended but not yet reaped by its parent, does not. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** A request that needs the database answers 503 problem JSON with Retry-After, not 500. */
export async function expectDatabaseUnavailable(api: ApiClient, token: string): Promise<void> {
  const me = await api.get('/api/v1/me', { token });
  expectProblem(me, 503, PROBLEM_TYPES.unavailable);
  expect(me.headers.get('retry-after')).toBe('5');
  const health = await api.get('/api/v1/health');
  expect({ status: health.status, body: health.body }).toEqual({
    status: 503,
    body: { status: 'error', db: 'down' },
  });
}

/** Polls until the API serves from the database again; meanwhile only 503 is acceptable. */
export async function expectServingAgain(api: ApiClient, token: string, withinMs = 20_000) {
  const statuses = new Set<number>();
  for (const deadline = Date.now() + withinMs; Date.now() < deadline; ) {
    const me = await api.get('/api/v1/me', { token });
    statuses.add(me.status);
    if (me.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect([...statuses].sort()).toEqual(statuses.size > 1 ? [200, 503] : [200]);
}
