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
    // A dead connection is dropped from the pool (node-postgres does that on its 'error' event;
    // TypeORM listens on the pool, so an idle client's error does not crash the process) and the
    // next query opens a new one: the app heals once the database is back. Keepalive finds
    // connections to a host that vanished without a reset; the connect timeout bounds a request's
    // wait for an unreachable server, which then answers 503.
    extra: {
      max: 20,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
  };
}
