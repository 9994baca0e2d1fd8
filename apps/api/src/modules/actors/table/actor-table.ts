import { type Actor, ACTOR_LIMITS as LIMITS, type ContactPerson } from '@gw/shared/contracts';

import { AREA_LABELS, KIND_LABELS } from '../../../common/labels/german-labels';

export { AREA_LABELS, KIND_LABELS };

type Flag = 'existingCooperation' | 'plannedCoreGroup' | 'extendedForums' | 'isPartner';
type Text = 'name' | 'contributions' | 'resources' | 'website';
type ContactField = keyof ContactPerson;

/** How a column maps to an actor field; the order is the order of the exported table. */
export type ColumnSpec =
  | { header: string; type: 'text'; field: Text; limit: number }
  | { header: string; type: 'area' | 'kind' }
  | { header: string; type: 'contact'; field: ContactField; limit: number }
  | { header: string; type: 'flag'; field: Flag };

export const TABLE_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Institution', type: 'text', field: 'name', limit: LIMITS.name },
  { header: 'Bereich', type: 'area' },
  { header: 'Art', type: 'kind' },
  { header: 'Ansprechperson', type: 'contact', field: 'name', limit: LIMITS.contactName },
  { header: 'Funktion', type: 'contact', field: 'function', limit: LIMITS.contactFunction },
  { header: 'E-Mail', type: 'contact', field: 'email', limit: LIMITS.contactEmail },
  { header: 'Telefon', type: 'contact', field: 'phone', limit: LIMITS.contactPhone },
  { header: 'Bestehende Kooperation', type: 'flag', field: 'existingCooperation' },
  { header: 'Geplantes Mitglied der Kerngruppe', type: 'flag', field: 'plannedCoreGroup' },
  { header: 'Mitglied erweiterter Foren', type: 'flag', field: 'extendedForums' },
  {
    header: 'Mögliche Beiträge',
    type: 'text',
    field: 'contributions',
    limit: LIMITS.contributions,
  },
  { header: 'Ressourcen', type: 'text', field: 'resources', limit: LIMITS.resources },
  { header: 'Website', type: 'text', field: 'website', limit: LIMITS.website },
  { header: 'Partner', type: 'flag', field: 'isPartner' },
];

export const TABLE_HEADERS = TABLE_COLUMNS.map((column) => column.header);

export const YES = 'ja';
export const NO = 'nein';

/**
 * One actor as one table row. Several contact persons share the row: the four contact cells
 * hold one line per contact, line n of each cell belonging to contact n.
 */
export function actorToCells(actor: Actor): string[] {
  return TABLE_COLUMNS.map((column) => {
    switch (column.type) {
      case 'text':
        return actor[column.field];
      case 'area':
        return AREA_LABELS[actor.area];
      case 'kind':
        return KIND_LABELS[actor.kind];
      case 'contact':
        return actor.contacts.map((contact) => contact[column.field]).join('\n');
      case 'flag':
        return actor[column.field] ? YES : NO;
    }
  });
}
