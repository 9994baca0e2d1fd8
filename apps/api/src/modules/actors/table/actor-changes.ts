import type { ActorInput, ContactPerson } from '@gw/shared/contracts';

/** The stored fields of an actor that an imported row sets. */
export type ImportedFields = Required<ActorInput>;

const sameContacts = (a: readonly ContactPerson[], b: readonly ContactPerson[]) =>
  a.length === b.length &&
  a.every((contact, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      contact.name === other.name &&
      contact.function === other.function &&
      contact.email === other.email &&
      contact.phone === other.phone
    );
  });

/**
 * The fields an imported row changes on an existing actor; empty when it changes nothing, so
 * that importing an unchanged export leaves every actor (and its version) as it was.
 */
export function actorChanges(
  current: ImportedFields,
  row: ImportedFields,
): Partial<ImportedFields> {
  const changes: Partial<ImportedFields> = {};
  for (const field of Object.keys(row) as (keyof ImportedFields)[]) {
    const same =
      field === 'contacts'
        ? sameContacts(current.contacts, row.contacts)
        : current[field] === row[field];
    if (!same) Object.assign(changes, { [field]: row[field] });
  }
  return changes;
}
