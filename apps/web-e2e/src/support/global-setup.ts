import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { STATE_FILE, type ServerState, WORKSPACE_ROOT } from './server-state';

const STARTUP_TIMEOUT_MS = 120_000;

/**
 * Starts the built API (it serves the built web app) on a free port with a fresh database that
 * holds only the demo initiative: the Phase 3 story starts from it, years into Umsetzung; every
 * other story registers its own people, who never see it.
 */
export default async function globalSetup(): Promise<void> {
  const main = join(WORKSPACE_ROOT, 'dist', 'apps', 'api', 'main.js');
  const web = join(WORKSPACE_ROOT, 'dist', 'apps', 'web', 'browser', 'index.html');
  for (const file of [main, web]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run "npx nx run-many -t build -p api web".`);
  }
  const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(
      `No Chromium at ${chromium}: run "apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-web-e2e-'));
  const log = openSync(join(dataDir, 'api.log'), 'a');
  const api = spawn(process.execPath, [main], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      PUBLIC_URL: `http://localhost:${port}`,
    },
    stdio: ['ignore', log, log],
    detached: false,
  });
  const baseUrl = `http://localhost:${port}`;
  const state: ServerState = { pid: api.pid ?? -1, baseUrl, dataDir };
  mkdirSync(dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state));
  process.env['WEB_E2E_BASE_URL'] = baseUrl;
  await waitForHealth(baseUrl, () => api.exitCode !== null, dataDir);
}

async function waitForHealth(baseUrl: string, exited: () => boolean, dataDir: string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`The API exited during start-up; see ${dataDir}/api.log`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The API did not become healthy within ${STARTUP_TIMEOUT_MS} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
