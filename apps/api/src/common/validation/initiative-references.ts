import type { EntityManager } from 'typeorm';
import type { FieldError } from '@gw/shared/contracts';
import { invalidFields } from './field-problem';

/** Tables of records that belong to one initiative (each has an `initiative_id`). */
export type InitiativeTable =
  | 'actors'
  | 'goals'
  | 'memberships'
  | 'working_groups'
  | 'measures'
  | 'indicators'
  | 'dimensions';

/** An id given in a request, with the field that gave it (`goalIds.2`, `leadActorId`). */
export interface Reference {
  field: string;
  id: string;
}

export interface ReferenceCheck {
  table: InitiativeTable;
  references: Reference[];
  message: string;
  code: string;
}

/** The ids of a list field, each named by its index. */
export const listReferences = (field: string, ids: readonly string[] | undefined): Reference[] =>
  (ids ?? []).map((id, index) => ({ field: `${field}.${index}`, id }));

/** A single id field; absent or null names nothing. */
export const singleReference = (field: string, id: string | null | undefined): Reference[] =>
  id ? [{ field, id }] : [];

/**
 * The field errors for ids that are not records of this initiative (unknown, or another
 * initiative's): one query per table.
 */
export async function referenceErrors(
  manager: EntityManager,
  initiativeId: string,
  checks: readonly ReferenceCheck[],
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const check of checks) {
    if (check.references.length === 0) continue;
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM ${check.table} WHERE initiative_id = $1 AND id = ANY($2::uuid[])`,
      [initiativeId, [...new Set(check.references.map((reference) => reference.id))]],
    );
    const own = new Set(rows.map((row) => row.id));
    for (const reference of check.references) {
      if (!own.has(reference.id)) {
        errors.push({ field: reference.field, message: check.message, code: check.code });
      }
    }
  }
  return errors;
}

/** Throws a 400 naming every field whose id is not a record of this initiative. */
export async function assertReferences(
  manager: EntityManager,
  initiativeId: string,
  checks: readonly ReferenceCheck[],
): Promise<void> {
  const errors = await referenceErrors(manager, initiativeId, checks);
  if (errors.length > 0) throw invalidFields(errors);
}
