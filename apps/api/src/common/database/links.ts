import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/** Replaces the rows of a link table that belong to one owner (delete, then insert). */
export async function replaceLinks<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  owner: FindOptionsWhere<E>,
  rows: E[],
): Promise<void> {
  await manager.delete(entity, owner);
  if (rows.length > 0) await manager.insert(entity, rows);
}
