import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const database = globalThis.__TEST_DATABASE__;
  if (!database) return;
  await database.stop();
  rmSync(database.dir, { recursive: true, force: true });
}
