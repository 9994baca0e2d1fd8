import { existsSync, readFileSync, rmSync } from 'node:fs';
import { STATE_FILE, type ServerState } from './server-state';

const STOP_TIMEOUT_MS = 20_000;

/** Stops the API (which stops its embedded PostgreSQL) and deletes its data folder. */
export default async function globalTeardown(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as ServerState;
  rmSync(STATE_FILE, { force: true });
  if (state.pid > 0 && isRunning(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isRunning(state.pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (isRunning(state.pid)) process.kill(state.pid, 'SIGKILL');
  }
  rmSync(state.dataDir, { recursive: true, force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
