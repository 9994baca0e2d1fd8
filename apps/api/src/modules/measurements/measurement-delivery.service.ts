import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type FieldError, type Measurement, PROBLEM_TYPES } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { invalidFields } from '../../common/validation/field-problem';
import { isUniqueViolation } from '../../common/database/unique-name';
import { CELL_VALUES_FOR_ENTRY } from '../indicators/indicators-dimensions.queries';
import type { CreateDeliveryDto, DeliveryValueDto } from './dto/create-delivery.dto';
import type { ReviewDeliveryDto } from './dto/review-delivery.dto';
import { MeasurementEntity } from './entities/measurement.entity';
import { type CanonicalCell, readCell } from './measurement-cell';
import { insertValues } from './measurement-import-writes';
import { readPeriod } from './measurement-period';
import { statusAfterEntry } from './measurement-rights';
import {
  assertMayEnter,
  duplicateValue,
  type EntryIndicator,
  entryIndicator,
  MEASUREMENT_UNIQUE_INDEX,
  recordRevisions,
} from './measurement-writes';
import { MEASUREMENTS_BY_IDS, type MeasurementRow, toMeasurement } from './measurements.queries';
import { CELLS_OF_PERIOD, SUBMITTED_OF_DELIVERY } from './measurements-writes.queries';

/**
 * A delivery is what a data steward submits for one period of an indicator: its total and its
 * cells. Coordination reviews it as a whole, so that a total with three age groups is one
 * decision rather than four.
 */
@Injectable()
export class MeasurementDeliveryService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Enters a period's total and cells at once, as one entry would each (coordination's approved,
   * a steward's submitted for review): every value is written or none, and the problem names
   * each value that is wrong (`values.2.cell`), including a cell given twice or already entered.
   */
  async create(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    indicatorId: string,
    dto: CreateDeliveryDto,
  ): Promise<Measurement[]> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const indicator = await entryIndicator(manager, access, indicatorId);
        const author = { role: access.role, steward: indicator.steward };
        assertMayEnter(author);
        const period = readPeriod(indicator.frequency, dto.period);
        const periodError: FieldError[] =
          'message' in period
            ? [{ field: 'period', message: period.message, code: 'period_mismatch' }]
            : [];
        const entered =
          'period' in period
            ? ((await manager.query(CELLS_OF_PERIOD, [indicator.id, period.period.key])) as {
                cell_key: string;
              }[])
            : [];
        const cells = await readDeliveryCells(manager, indicator, dto, entered);
        const errors = [...periodError, ...cells.errors];
        if (errors.length > 0 || !('period' in period)) throw invalidFields(errors);
        const ids = await insertValues(
          manager,
          cells.values.map(({ cell, value }) => ({
            indicatorId: indicator.id,
            period: period.period,
            cell,
            value: value.value,
            cases: value.cases ?? null,
            sourceNote: dto.sourceNote ?? '',
          })),
          statusAfterEntry(author),
          user.id,
        );
        const rows = (await manager.query(MEASUREMENTS_BY_IDS, [ids])) as MeasurementRow[];
        return rows.map(toMeasurement);
      });
    } catch (error) {
      // Someone entered one of the cells at the same time: the unique index decides.
      if (isUniqueViolation(error, MEASUREMENT_UNIQUE_INDEX)) throw duplicateValue(dto.period);
      throw error;
    }
  }

  /**
   * Approves, or returns with a comment, every value of the indicator and period that awaits
   * review, in one transaction. The client names the values it showed with their versions: if
   * any was changed, reviewed or added since, nothing is reviewed (409), so that coordination
   * never approves a value it has not seen.
   */
  async review(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    indicatorId: string,
    dto: ReviewDeliveryDto,
  ): Promise<Measurement[]> {
    return this.dataSource.transaction(async (manager) => {
      const indicator = await entryIndicator(manager, access, indicatorId);
      const period = readPeriod(indicator.frequency, dto.period);
      if ('message' in period) {
        throw invalidFields([
          { field: 'period', message: period.message, code: 'period_mismatch' },
        ]);
      }
      const submitted = (await manager.query(SUBMITTED_OF_DELIVERY, [
        indicator.id,
        period.period.key,
      ])) as { id: string; version: number }[];
      if (submitted.length === 0) {
        throw new ProblemException(
          409,
          `No value of ${period.period.key} awaits review; it was reviewed or corrected since you loaded it.`,
          { type: PROBLEM_TYPES.staleVersion },
        );
      }
      const shown = new Map(dto.values.map((value) => [value.id, value.version]));
      const unchanged =
        shown.size === dto.values.length &&
        shown.size === submitted.length &&
        submitted.every((value) => shown.get(value.id) === value.version);
      if (!unchanged) throw staleVersion('delivery');
      const ids = submitted.map((value) => value.id);
      const approve = dto.decision === 'approve';
      await recordRevisions(manager, ids, {
        action: approve ? 'approved' : 'returned',
        user,
        reason: dto.comment ?? '',
      });
      await manager.update(
        MeasurementEntity,
        { id: In(ids) },
        {
          status: approve ? 'approved' : 'returned',
          reviewedBy: user.id,
          reviewedAt: () => 'now()',
          reviewComment: dto.comment ?? null,
        },
      );
      const rows = (await manager.query(MEASUREMENTS_BY_IDS, [ids])) as MeasurementRow[];
      return rows.map(toMeasurement);
    });
  }
}

/**
 * The canonical cell of each value of a delivery, or every error with its place: a cell the
 * indicator does not have, the same cell twice, or a cell the period already has a value for.
 */
async function readDeliveryCells(
  manager: EntityManager,
  indicator: EntryIndicator,
  dto: CreateDeliveryDto,
  entered: { cell_key: string }[],
): Promise<{ values: { cell: CanonicalCell; value: DeliveryValueDto }[]; errors: FieldError[] }> {
  const entries = dto.values.flatMap((value) => value.cell ?? []);
  const values = (await manager.query(CELL_VALUES_FOR_ENTRY, [
    entries.map((entry) => entry.valueId),
  ])) as { id: string; dimension_id: string }[];
  const context = {
    indicatorDimensionIds: indicator.dimensionIds,
    dimensionOfValue: new Map(values.map((value) => [value.id, value.dimension_id])),
  };
  const existing = new Set(entered.map((row) => row.cell_key));
  const seen = new Set<string>();
  const cells: { cell: CanonicalCell; value: DeliveryValueDto }[] = [];
  const errors: FieldError[] = [];
  dto.values.forEach((value, index) => {
    const field = `values.${index}.cell`;
    const read = readCell(value.cell ?? [], context, field);
    if (!read.cell) {
      errors.push(...read.errors);
      return;
    }
    if (seen.has(read.cell.key)) {
      errors.push({
        field,
        message: 'the same cell appears twice in the delivery',
        code: 'duplicate',
      });
    } else if (existing.has(read.cell.key)) {
      errors.push({
        field,
        message: 'this cell has a value for the period already; correct that value instead',
        code: 'exists',
      });
    }
    seen.add(read.cell.key);
    cells.push({ cell: read.cell, value });
  });
  return { values: cells, errors };
}
