import { join, resolve } from 'node:path';

/** What the global setup started, for the stories and the teardown (separate processes). */
export interface ServerState {
  pid: number;
  baseUrl: string;
  dataDir: string;
}

export const WORKSPACE_ROOT = resolve(__dirname, '..', '..', '..', '..');
/** In the workspace's git-ignored tmp/ folder, where setup, stories and teardown all find it. */
export const STATE_FILE = join(WORKSPACE_ROOT, 'tmp', 'web-e2e', 'server.json');
