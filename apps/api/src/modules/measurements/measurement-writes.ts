import type { EntityManager } from 'typeorm';
import {
  type CollectionFrequency,
  indicatorVisibilitiesFor,
  type MeasurementRevisionAction,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { notFound, ProblemException } from '../../common/problem/problem.exception';
import type { MeasurementEntity } from './entities/measurement.entity';
import { ENTRY_INDICATOR } from '../indicators/indicators.queries';
import { type ValueAuthor, valueEntryRefusal } from './measurement-rights';
import { LOCKED_MEASUREMENT, RECORD_REVISIONS } from './measurements-writes.queries';

/** An indicator as a value entry needs it, with the caller's relation to it. */
export interface EntryIndicator {
  id: string;
  frequency: CollectionFrequency;
  dimensionIds: string[];
  steward: boolean;
}

/**
 * The indicator visibilities the caller sees: partners and observers see no internal indicator,
 * nor its values (for them it does not exist: 404).
 */
export const visibleTo = (access: InitiativeAccess) => indicatorVisibilitiesFor(access.role);

/**
 * The indicator of the initiative with its dimensions and whether the caller is one of its
 * stewards; shared-locked, so that its frequency and dimensions hold until the write commits.
 */
export async function entryIndicator(
  manager: EntityManager,
  access: InitiativeAccess,
  indicatorId: string,
): Promise<EntryIndicator> {
  const [row] = (await manager.query(ENTRY_INDICATOR, [
    access.initiativeId,
    indicatorId,
    access.membershipId,
    visibleTo(access),
  ])) as EntryIndicator[];
  if (!row) throw notFound('The indicator');
  return row;
}

/** The measurement of the indicator, locked for the change, and the caller's relation to it. */
export async function lockedMeasurement(
  manager: EntityManager,
  access: InitiativeAccess,
  indicatorId: string,
  measurementId: string,
): Promise<{ measurement: MeasurementState; steward: boolean }> {
  const [row] = (await manager.query(LOCKED_MEASUREMENT, [
    access.initiativeId,
    indicatorId,
    measurementId,
    access.membershipId,
    visibleTo(access),
  ])) as (MeasurementState & { steward: boolean })[];
  if (!row) throw notFound('The value');
  const { steward, ...measurement } = row;
  return { measurement, steward };
}

export type MeasurementState = Pick<MeasurementEntity, 'id' | 'status' | 'version'>;

/** 403 unless the caller may enter or correct the indicator's values. */
export function assertMayEnter(author: ValueAuthor): void {
  const refusal = valueEntryRefusal(author);
  if (refusal) throw new ProblemException(403, refusal, { type: PROBLEM_TYPES.forbidden });
}

export interface Change {
  action: MeasurementRevisionAction;
  user: AuthenticatedUser;
  reason: string;
}

/**
 * Keeps the current state of each measurement in its history, with who changes it, when and
 * why; in the caller's transaction, right before the change.
 */
export async function recordRevisions(
  manager: EntityManager,
  measurementIds: readonly string[],
  change: Change,
): Promise<void> {
  if (measurementIds.length === 0) return;
  await manager.query(RECORD_REVISIONS, [
    measurementIds,
    change.action,
    change.user.id,
    change.user.displayName,
    change.reason,
  ]);
}

export const duplicateValue = (period: string) =>
  new ProblemException(
    409,
    `This indicator has a value for ${period} and this cell already. Correct that value instead (with a reason), so that the earlier one stays in its history.`,
    {
      type: PROBLEM_TYPES.conflict,
      errors: [
        { field: 'period', message: 'a value for this period and cell exists', code: 'duplicate' },
      ],
    },
  );

export const MEASUREMENT_UNIQUE_INDEX = 'measurements_indicator_id_period_cell_key';
