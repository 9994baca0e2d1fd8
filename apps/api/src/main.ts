import 'reflect-metadata';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createApp } from './bootstrap/create-app';
import { createLogger } from './common/logging/logger';
import { ConfigError, readEnvironment } from './config/app.config';
import { type AppConfig, resolveConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { type RunningDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { withStartupLock } from './database/migrate';
import { DEMO_PASSWORD } from './modules/demo-seed/demo-data';
import { DemoSeedService, type DemoLogin } from './modules/demo-seed/demo-seed.service';

/** The built web app sits beside the built API: dist/apps/web/browser next to dist/apps/api. */
const WEB_ROOT = join(__dirname, '..', 'web', 'browser');

type Command = 'serve' | 'migrate' | 'migrate:revert';

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

  await app.listen({ port: config.port, host: '0.0.0.0' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  printBanner(port, config.demoSeed ? await seed.printableLogins() : []);

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.stop();
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

function printBanner(port: number, logins: DemoLogin[]): void {
  const lines = [
    '',
    `  Gemeinsam Wirken is running: http://localhost:${port}`,
    `  API documentation:           http://localhost:${port}/api/docs`,
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

main().catch((error: unknown) => {
  process.stderr.write(
    `Start failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
