import type { MeasurementStatus, Role } from '@gw/shared/contracts';

/** Who enters or corrects a value of an indicator. */
export interface ValueAuthor {
  role: Role;
  /** Whether the caller is one of the indicator's data stewards. */
  steward: boolean;
}

/**
 * Why the caller may not enter or correct values of this indicator, or null when they may:
 * coordination enters every indicator's values, a data steward those of their indicators;
 * observers only read.
 */
export function valueEntryRefusal(author: ValueAuthor): string | null {
  if (author.role === 'coordination') return null;
  if (author.role === 'observer') return 'Observers read values; they do not enter them.';
  if (!author.steward) {
    return 'Only the coordination office and the data stewards of this indicator enter or correct its values.';
  }
  return null;
}

/**
 * The status a value gets when it is entered or corrected: coordination's values are approved on
 * entry (and its corrections stay approved); a data steward's go to coordination for review.
 */
export function statusAfterEntry(author: ValueAuthor): MeasurementStatus {
  return author.role === 'coordination' ? 'approved' : 'submitted';
}
