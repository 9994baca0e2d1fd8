import type { EntityManager } from 'typeorm';
import { type CollectionFrequency, PROBLEM_TYPES } from '@gw/shared/contracts';
import { ProblemException } from '../../common/problem/problem.exception';
import {
  LOCK_DIMENSION_VALUES,
  MEASURED_DIMENSION_VALUES,
  MEASURED_DIMENSIONS_OUTSIDE,
  MEASURED_VALUE_COUNT,
} from './indicators-measured-values.queries';

const inUse = (detail: string) => new ProblemException(409, detail, { type: PROBLEM_TYPES.inUse });

const quotedList = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/**
 * 409 in-use when a change to an indicator would leave measured values that no longer fit it:
 * their periods follow its frequency, their cells name its dimensions.
 */
export async function assertMeasuredValuesFit(
  manager: EntityManager,
  indicator: { id: string; frequency: CollectionFrequency },
  change: { frequency?: CollectionFrequency; dimensionIds?: readonly string[] },
): Promise<void> {
  if (change.frequency !== undefined && change.frequency !== indicator.frequency) {
    const [row] = (await manager.query(MEASURED_VALUE_COUNT, [indicator.id])) as {
      count: number;
    }[];
    if ((row?.count ?? 0) > 0) {
      throw inUse(
        `The indicator has ${row?.count} measured ${row?.count === 1 ? 'value' : 'values'} of ${indicator.frequency.replace('_', '-')} periods, so its frequency cannot change.`,
      );
    }
  }
  if (change.dimensionIds !== undefined) {
    const rows = (await manager.query(MEASURED_DIMENSIONS_OUTSIDE, [
      indicator.id,
      change.dimensionIds,
    ])) as { name: string }[];
    if (rows.length > 0) {
      throw inUse(
        `Measured values of the indicator are broken down by ${quotedList(rows.map((r) => r.name))}; keep ${rows.length === 1 ? 'that dimension' : 'those dimensions'} while the values exist.`,
      );
    }
  }
}

/** 409 in-use when measured values are broken down by one of the dimension values. */
export async function assertDimensionValuesUnmeasured(
  manager: EntityManager,
  valueIds: readonly string[],
): Promise<void> {
  if (valueIds.length === 0) return;
  // Locked first, so that a value entry that uses one of them either commits before the check
  // (and is seen) or waits and then finds the value gone.
  await manager.query(LOCK_DIMENSION_VALUES, [valueIds]);
  const rows = (await manager.query(MEASURED_DIMENSION_VALUES, [valueIds])) as { value: string }[];
  if (rows.length > 0) {
    throw inUse(
      `Measured values are broken down by ${quotedList(rows.map((r) => r.value))}, so ${rows.length === 1 ? 'it stays' : 'they stay'} in the dimension.`,
    );
  }
}
