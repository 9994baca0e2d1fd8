import { join } from 'node:path';
import { Client } from 'pg';
import { tableReferences } from '../../src/architecture/sql-references';
import { TABLE_OWNERS } from '../../src/architecture/table-ownership';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../support/test-database';

/** The dashboard read model's SQL: every table it names after FROM or JOIN. */
const DASHBOARD_SQL = join(__dirname, '../../src/read-models/dashboard');

/**
 * Tables the dashboard reads whose changes need not move its counter, each with the reason. Any
 * other table it reads needs a trigger, or a kept dashboard would go stale.
 */
const NEEDS_NO_TRIGGER: Record<string, string> = {
  dashboard_versions: 'the counter itself, which the triggers move',
  users:
    'only the names of who acted in the activity; a renamed member shows with the next change ' +
    '(DashboardService says so)',
};

/** The tables with a trigger that calls one of the migration's `note_dashboard_change_…`. */
const COUNTED_TABLES = `
  SELECT DISTINCT c.relname AS table
    FROM pg_trigger t
    JOIN pg_proc p ON p.oid = t.tgfoid
    JOIN pg_class c ON c.oid = t.tgrelid
   WHERE NOT t.tgisinternal AND starts_with(p.proname, 'note_dashboard_change_')
   ORDER BY 1`;

describe('the dashboard cache', () => {
  let name: string;
  let client: Client;

  beforeAll(async () => {
    name = await createTestDatabase();
    client = new Client({ connectionString: databaseUrl(name) });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await dropTestDatabase(name);
  });

  it('is invalidated by a change to every table the dashboard reads', async () => {
    const tables = new Set(Object.values(TABLE_OWNERS).flatMap((owned) => Object.keys(owned)));
    const read = new Set(
      tableReferences(DASHBOARD_SQL, tables)
        .filter((reference) => reference.access === 'read')
        .map((reference) => reference.table),
    );
    const { rows } = await client.query<{ table: string }>(COUNTED_TABLES);
    const counted = new Set(rows.map((row) => row.table));

    // The scan found the dashboard's statements, and each exception is still read.
    expect(read).toContain('measurements');
    expect(Object.keys(NEEDS_NO_TRIGGER).filter((table) => !read.has(table))).toEqual([]);
    const uncounted = [...read].filter((table) => !counted.has(table) && !NEEDS_NO_TRIGGER[table]);
    expect(uncounted.sort()).toEqual([]);
  });
});
