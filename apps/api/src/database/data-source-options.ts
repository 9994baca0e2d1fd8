import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@gw/api/migrations';
import { ENTITIES } from './entities';

/** The one data-source definition, used by the app, the migration command and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Query logging would put parameters (password hashes, token hashes) into the log.
    logging: false,
    // TypeORM would otherwise drop `{ id: undefined }` from a where clause and match any row.
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: { max: 20, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 },
  };
}
