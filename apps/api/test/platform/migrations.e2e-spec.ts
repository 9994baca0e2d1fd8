import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@gw/api/migrations';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { adminQuery, databaseUrl, dropTestDatabase } from '../support/test-database';

/** Every migration has a working down(): all of them revert and apply again on a fresh database. */
describe('migrations', () => {
  const name = `gw_migrations_${Date.now()}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${name}`);
    dataSource = await new DataSource(dataSourceOptions(databaseUrl(name))).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropTestDatabase(name);
  });

  it('apply, revert one by one, and apply again', async () => {
    expect(await dataSource.runMigrations()).toHaveLength(MIGRATIONS.length);
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    const tables: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(tables[0]!.count).toBe(0);
    expect(await dataSource.runMigrations()).toHaveLength(MIGRATIONS.length);
  });

  it('keep the audit trail append-only and frozen versions unchanged, whatever the application does', async () => {
    const [user] = await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ('a@example.org', 'A', 'x') RETURNING id`,
    );
    const [initiative] = await dataSource.query(
      `INSERT INTO initiatives (name, municipality) VALUES ('I', 'M') RETURNING id`,
    );
    const [artifact] = await dataSource.query(
      `INSERT INTO artifacts (initiative_id, kind, title) VALUES ($1, 'agreement', 'KV') RETURNING id`,
      [initiative.id],
    );
    const [version] = await dataSource.query(
      `INSERT INTO artifact_versions (artifact_id, number, status, content, content_hash)
       VALUES ($1, 1, 'signing', '{"sections": []}', 'abc') RETURNING id`,
      [artifact.id],
    );
    await expect(
      dataSource.query(`UPDATE artifact_versions SET content = '{"sections": [1]}' WHERE id = $1`, [
        version.id,
      ]),
    ).rejects.toThrow(/frozen/);
    await dataSource.query(`UPDATE artifact_versions SET status = 'in_force' WHERE id = $1`, [
      version.id,
    ]);

    await dataSource.query(
      `INSERT INTO artifact_events (artifact_id, actor_user_id, actor_name, action) VALUES ($1, $2, 'A', 'signed')`,
      [artifact.id, user.id],
    );
    await expect(
      dataSource.query(`UPDATE artifact_events SET action = 'declined'`),
    ).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM artifact_events`)).rejects.toThrow(/append-only/);

    await dataSource.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    const [event] = await dataSource.query(`SELECT actor_user_id, actor_name FROM artifact_events`);
    expect(event).toEqual({ actor_user_id: null, actor_name: 'A' });

    await dataSource.query(`DELETE FROM initiatives WHERE id = $1`, [initiative.id]);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM artifact_events`,
    );
    expect(count).toBe(0);
  });
});
