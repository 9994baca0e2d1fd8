import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { adminQuery, databaseUrl, dropTestDatabase } from '../support/test-database';

/**
 * The entities describe the schema the migrations build: a change to one without the other would
 * let TypeORM write queries against columns, types or constraints that are not there.
 */
describe('migrations and entities', () => {
  const name = `gw_migration_drift_${Date.now()}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE ${name}`);
    dataSource = await new DataSource(dataSourceOptions(databaseUrl(name))).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropTestDatabase(name);
  });

  it('agree: the schema builder finds nothing to change on a freshly migrated database', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    // The SQL itself, so that a failure shows what drifted.
    expect(pending.upQueries.map(({ query }) => query)).toEqual([]);
  });
});
