import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../problem/problem.exception';
import { caseFolded } from './collation';

/** Tables whose names are unique per initiative, regardless of case (an ICU-folded index). */
export type NamedTable = 'working_groups' | 'indicators' | 'dimensions';

/** 409 duplicate-name, shaped like the actor table's answer. */
export const duplicateName = (what: string, name: string) =>
  new ProblemException(
    409,
    `${what} named "${name}" already exists in this initiative (names are compared regardless of case).`,
    {
      type: PROBLEM_TYPES.duplicateName,
      errors: [{ field: 'name', message: 'name is already taken', code: 'duplicate' }],
    },
  );

/** Whether an error is the violation of the named unique index or constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { constraint?: string } | undefined)?.constraint === constraint
  );
}

/** Throws 409 when another row of the table in the initiative has the name, in any case. */
export async function assertNameFree(
  manager: EntityManager,
  table: NamedTable,
  initiativeId: string,
  name: string,
  what: string,
  exceptId = '00000000-0000-0000-0000-000000000000',
): Promise<void> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM ${table}
      WHERE initiative_id = $1 AND ${caseFolded('name')} = ${caseFolded('$2::text')} AND id <> $3`,
    [initiativeId, name, exceptId],
  );
  if (rows.length > 0) throw duplicateName(what, name);
}

/**
 * Runs a write in a transaction and turns a name clash that slipped past `assertNameFree`
 * (two writers at once) into the same 409.
 */
export async function transactionWithUniqueName<T>(
  dataSource: DataSource,
  guard: { constraint: string; what: string; name: string | undefined },
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error, guard.constraint))
      throw duplicateName(guard.what, guard.name ?? '');
    throw error;
  }
}
