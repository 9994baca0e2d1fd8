import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEMPLATE_DATABASE = 'gw_template';

export interface TestDatabaseServer {
  host: string;
  port: number;
  user: string;
  password: string;
}

function server(): TestDatabaseServer {
  const raw = process.env['GW_TEST_DATABASE_SERVER'];
  if (!raw) throw new Error('The API test database is not running (jest globalSetup missing?)');
  return JSON.parse(raw) as TestDatabaseServer;
}

export function databaseUrl(database: string): string {
  const { user, password, host, port } = server();
  return `postgres://${user}:${password}@${host}:${port}/${database}`;
}

/** Runs one statement as the superuser on the maintenance database. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database for one test file: a copy of the template. */
export async function createTestDatabase(): Promise<string> {
  const name = `gw_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  return name;
}

export async function dropTestDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
