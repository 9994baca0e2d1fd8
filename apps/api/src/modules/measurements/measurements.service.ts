import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Measurement,
  type MeasurementComment,
  type Page,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { isUniqueViolation } from '../../common/database/unique-name';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { invalidFields } from '../../common/validation/field-problem';
import { CELL_VALUES_FOR_ENTRY } from '../indicators/indicators-dimensions.queries';
import type {
  CreateMeasurementCommentDto,
  CreateMeasurementDto,
  ReviewMeasurementDto,
  UpdateMeasurementDto,
} from './dto/measurement.dto';
import type { ListMeasurementsDto } from './dto/list-measurements.dto';
import { MeasurementEntity } from './entities/measurement.entity';
import { type CanonicalCell, readCell } from './measurement-cell';
import { readPeriod } from './measurement-period';
import { statusAfterEntry } from './measurement-rights';
import {
  type CommentJson,
  INDICATOR_EXISTS,
  INSERT_COMMENT,
  MEASUREMENT_BY_ID,
  measurementCount,
  measurementListWhere,
  measurementPage,
  type MeasurementRow,
  toComment,
  toMeasurement,
} from './measurements.queries';
import { MEASUREMENT_EXISTS } from './measurements-writes.queries';
import {
  assertMayEnter,
  duplicateValue,
  type EntryIndicator,
  entryIndicator,
  lockedMeasurement,
  MEASUREMENT_UNIQUE_INDEX,
  recordRevisions,
  visibleTo,
} from './measurement-writes';

/**
 * Values of an indicator per period and cell: entered by coordination (approved on entry) or by
 * the indicator's data stewards (submitted for review), corrected with a reason, reviewed by
 * coordination, commented on by members. Every earlier state stays in the history.
 */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /**
   * One page of the indicator's values (or, without an indicator, of every indicator the caller
   * sees: coordination's review queue) with history and comments, in one statement.
   */
  async list(
    access: InitiativeAccess,
    indicatorId: string | null,
    query: ListMeasurementsDto,
  ): Promise<Page<Measurement>> {
    if (indicatorId) await this.assertIndicator(access, indicatorId);
    const { where, params } = measurementListWhere(query);
    const values = [access.initiativeId, indicatorId, visibleTo(access), ...params];
    const rows = await this.sql.rows<MeasurementRow & { total: string }>(
      measurementPage(where, values.length),
      [...values, query.pageSize, query.offset],
    );
    let total = rows[0] ? Number(rows[0].total) : 0;
    if (rows.length === 0 && query.offset > 0) {
      const [count] = await this.sql.rows<{ total: number }>(measurementCount(where), values);
      total = count?.total ?? 0;
    }
    return { items: rows.map(toMeasurement), total, page: query.page, pageSize: query.pageSize };
  }

  async get(
    access: InitiativeAccess,
    indicatorId: string,
    measurementId: string,
  ): Promise<Measurement> {
    return foundMeasurement(
      await this.sql.rows<MeasurementRow>(MEASUREMENT_BY_ID, [
        access.initiativeId,
        indicatorId,
        measurementId,
        visibleTo(access),
      ]),
    );
  }

  /** 403 for members who are neither coordination nor a steward; 409 when the value exists. */
  async create(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    indicatorId: string,
    dto: CreateMeasurementDto,
  ): Promise<Measurement> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const indicator = await entryIndicator(manager, access, indicatorId);
        const author = { role: access.role, steward: indicator.steward };
        assertMayEnter(author);
        const { period, cell } = await readPeriodAndCell(manager, indicator, dto);
        const existing: unknown[] = await manager.query(MEASUREMENT_EXISTS, [
          indicator.id,
          period.key,
          cell.key,
        ]);
        if (existing.length > 0) throw duplicateValue(period.key);
        const { identifiers } = await manager.insert(MeasurementEntity, {
          indicatorId: indicator.id,
          period: period.key,
          periodStart: period.start,
          periodEnd: period.end,
          cellKey: cell.key,
          cellValueIds: cell.valueIds,
          value: dto.value,
          cases: dto.cases ?? null,
          sourceNote: dto.sourceNote ?? '',
          status: statusAfterEntry(author),
          enteredBy: user.id,
        });
        const id = identifiers[0]?.['id'] as string;
        return readMeasurement(manager, access, indicatorId, id);
      });
    } catch (error) {
      // Two entries of the same value at once: the unique index decides, the loser gets 409.
      if (isUniqueViolation(error, MEASUREMENT_UNIQUE_INDEX)) throw duplicateValue(dto.period);
      throw error;
    }
  }

  /**
   * A correction keeps the previous state with who, when and why. Coordination's corrections
   * are approved; a steward's (also of a returned or approved value) go back to review.
   */
  async correct(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    indicatorId: string,
    measurementId: string,
    dto: UpdateMeasurementDto,
  ): Promise<Measurement> {
    return this.dataSource.transaction(async (manager) => {
      const { measurement, steward } = await lockedMeasurement(
        manager,
        access,
        indicatorId,
        measurementId,
      );
      const author = { role: access.role, steward };
      assertMayEnter(author);
      if (measurement.version !== dto.version) throw staleVersion('value');
      await recordRevisions(manager, [measurement.id], {
        action: 'corrected',
        user,
        reason: dto.reason,
      });
      await manager.update(
        MeasurementEntity,
        { id: measurement.id },
        {
          ...(dto.value !== undefined && { value: dto.value }),
          ...(dto.cases !== undefined && { cases: dto.cases }),
          ...(dto.sourceNote !== undefined && { sourceNote: dto.sourceNote }),
          status: statusAfterEntry(author),
          reviewedBy: null,
          reviewedAt: null,
          reviewComment: null,
        },
      );
      return readMeasurement(manager, access, indicatorId, measurement.id);
    });
  }

  /** Coordination approves a submitted value, or returns it with a comment for the steward. */
  async review(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    indicatorId: string,
    measurementId: string,
    dto: ReviewMeasurementDto,
  ): Promise<Measurement> {
    return this.dataSource.transaction(async (manager) => {
      const { measurement } = await lockedMeasurement(manager, access, indicatorId, measurementId);
      if (measurement.version !== dto.version) throw staleVersion('value');
      if (measurement.status !== 'submitted') {
        throw new ProblemException(
          409,
          `Only a submitted value is reviewed; this one is ${measurement.status}. A data steward's correction submits it again.`,
          { type: PROBLEM_TYPES.invalidState },
        );
      }
      const approve = dto.decision === 'approve';
      await recordRevisions(manager, [measurement.id], {
        action: approve ? 'approved' : 'returned',
        user,
        reason: dto.comment ?? '',
      });
      await manager.update(
        MeasurementEntity,
        { id: measurement.id },
        {
          status: approve ? 'approved' : 'returned',
          reviewedBy: user.id,
          reviewedAt: () => 'now()',
          reviewComment: dto.comment ?? null,
        },
      );
      return readMeasurement(manager, access, indicatorId, measurement.id);
    });
  }

  /** A member's comment on one value: the story behind the data point. */
  async comment(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    indicatorId: string,
    measurementId: string,
    dto: CreateMeasurementCommentDto,
  ): Promise<MeasurementComment> {
    const [row] = await this.sql.rows<CommentJson>(INSERT_COMMENT, [
      access.initiativeId,
      indicatorId,
      measurementId,
      user.id,
      dto.body,
      visibleTo(access),
    ]);
    if (!row) throw notFound('The value');
    return toComment(row);
  }

  private async assertIndicator(access: InitiativeAccess, indicatorId: string): Promise<void> {
    const rows = await this.sql.rows<unknown>(INDICATOR_EXISTS, [
      access.initiativeId,
      indicatorId,
      visibleTo(access),
    ]);
    if (rows.length === 0) throw notFound('The indicator');
  }
}

export async function readMeasurement(
  manager: EntityManager,
  access: InitiativeAccess,
  indicatorId: string,
  measurementId: string,
): Promise<Measurement> {
  return foundMeasurement(
    (await manager.query(MEASUREMENT_BY_ID, [
      access.initiativeId,
      indicatorId,
      measurementId,
      visibleTo(access),
    ])) as MeasurementRow[],
  );
}

function foundMeasurement([row]: MeasurementRow[]): Measurement {
  if (!row) throw notFound('The value');
  return toMeasurement(row);
}

/** The period (fitting the indicator's frequency) and the canonical cell of a new value. */
async function readPeriodAndCell(
  manager: EntityManager,
  indicator: EntryIndicator,
  dto: CreateMeasurementDto,
): Promise<{ period: { key: string; start: string; end: string }; cell: CanonicalCell }> {
  const entries = dto.cell ?? [];
  const values = (await manager.query(CELL_VALUES_FOR_ENTRY, [
    entries.map((entry) => entry.valueId),
  ])) as { id: string; dimension_id: string }[];
  const read = readCell(entries, {
    indicatorDimensionIds: indicator.dimensionIds,
    dimensionOfValue: new Map(values.map((value) => [value.id, value.dimension_id])),
  });
  const period = readPeriod(indicator.frequency, dto.period);
  const errors = [
    ...('message' in period
      ? [{ field: 'period', message: period.message, code: 'period_mismatch' }]
      : []),
    ...read.errors,
  ];
  if (errors.length > 0 || !read.cell || !('period' in period)) throw invalidFields(errors);
  return { period: period.period, cell: read.cell };
}
