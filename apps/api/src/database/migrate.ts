import type { DataSource } from 'typeorm';

/** Any constant shared by every instance; it names the lock, nothing else. */
const MIGRATION_LOCK_ID = 7_310_245_001;

/**
 * Runs `work` while holding a session-level advisory lock, so that instances started at the same
 * time against one database migrate and seed one after the other, never twice at once.
 */
export async function withStartupLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
  }
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  return withStartupLock(dataSource, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}
