import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Logger } from 'pino';

const FAST_SHUTDOWN_WAIT_MS = 10_000;
const IMMEDIATE_SHUTDOWN_WAIT_MS = 5_000;
const POLL_MS = 100;

interface ProcessInfo {
  args: string[];
  ppid: number;
  zombie: boolean;
}

/**
 * An API that crashed (or was killed with -9) leaves its PostgreSQL running on DATA_DIR; the next
 * start then failed on the server's lock file. Before starting, this looks at `postmaster.pid`:
 * - its process is gone, or is some other program now: the file is stale and removed;
 * - it is a PostgreSQL of this data folder whose API is gone: it is stopped, and that is logged;
 * - it belongs to a running API, or cannot be stopped: the start fails with what to do.
 * Linux only (it reads /proc); elsewhere a live server is left alone with the instruction.
 */
export async function clearLeftoverServer(databaseDir: string, logger: Logger): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  const pid = readServerPid(pidFile);
  if (pid === undefined) return;
  const server = existsSync('/proc/self/stat') ? processInfo(pid) : undefined;
  if (!isAlive(pid) || server?.zombie) {
    removeStalePidFile(pidFile, pid, logger);
    return;
  }
  if (!server) throw new Error(stopItYourself(pid, databaseDir, 'it cannot be inspected here'));
  if (!runsPostgresOf(server.args, databaseDir)) {
    removeStalePidFile(pidFile, pid, logger);
    return;
  }
  const parent = processInfo(server.ppid);
  if (parent && basename(parent.args[0] ?? '').startsWith('node')) {
    throw new Error(
      `DATA_DIR is in use: the PostgreSQL in ${databaseDir} (pid ${pid}) belongs to another ` +
        `running API (pid ${server.ppid}). Stop that API first (e.g. \`kill ${server.ppid}\`), ` +
        'or give this one its own DATA_DIR.',
    );
  }
  await stopOrphan(pid, databaseDir);
  logger.warn(
    { pid, databaseDir },
    'stopped a PostgreSQL that an API which ended without stopping it had left running on DATA_DIR',
  );
}

function readServerPid(pidFile: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(pidFile, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function removeStalePidFile(pidFile: string, pid: number, logger: Logger): void {
  rmSync(pidFile, { force: true });
  logger.warn({ pid, pidFile }, 'removed the lock file of a PostgreSQL that no longer runs');
}

async function stopOrphan(pid: number, databaseDir: string): Promise<void> {
  // SIGINT is PostgreSQL's "fast" shutdown (ends sessions, writes a checkpoint); SIGQUIT is the
  // immediate one, after which the next start recovers from the WAL as after a crash.
  for (const [signal, waitMs] of [
    ['SIGINT', FAST_SHUTDOWN_WAIT_MS],
    ['SIGQUIT', IMMEDIATE_SHUTDOWN_WAIT_MS],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ESRCH') return;
      throw new Error(stopItYourself(pid, databaseDir, `sending ${signal} failed with ${code}`));
    }
    if (await exits(pid, waitMs)) return;
  }
  throw new Error(stopItYourself(pid, databaseDir, 'it did not end on SIGINT and SIGQUIT'));
}

function stopItYourself(pid: number, databaseDir: string, reason: string): string {
  return (
    `A PostgreSQL (pid ${pid}) still runs on ${databaseDir}, probably left by an API that ended ` +
    `without stopping it, and the API cannot stop it: ${reason}. If no other API uses this ` +
    `DATA_DIR, stop it yourself (\`kill ${pid}\`, as its owner or with sudo), wait until it has ` +
    'ended, then start the API again.'
  );
}

async function exits(pid: number, waitMs: number): Promise<boolean> {
  for (const deadline = Date.now() + waitMs; Date.now() < deadline; ) {
    if (!isAlive(pid) || processInfo(pid)?.zombie) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    // "<pid> (<name>) <state> <ppid> …"; the name may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { args, ppid: Number(ppid), zombie: state === 'Z' };
  } catch {
    return undefined;
  }
}

/** The postmaster keeps its command line: `…/postgres -D <databaseDir> -p <port> …`. */
function runsPostgresOf(args: string[], databaseDir: string): boolean {
  const dataIndex = args.indexOf('-D');
  return (
    basename(args[0] ?? '') === 'postgres' &&
    dataIndex >= 0 &&
    resolve(args[dataIndex + 1] ?? '') === resolve(databaseDir)
  );
}
