import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { type Measurement, PROBLEM_TYPES } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { invalidFields } from '../../common/validation/field-problem';
import type { ReviewDeliveryDto } from './dto/review-delivery.dto';
import { MeasurementEntity } from './entities/measurement.entity';
import { readPeriod } from './measurement-period';
import { entryIndicator, recordRevisions } from './measurement-writes';
import { MEASUREMENTS_BY_IDS, type MeasurementRow, toMeasurement } from './measurements.queries';
import { SUBMITTED_OF_DELIVERY } from './measurements-writes.queries';

/**
 * A delivery is what a data steward submits for one period of an indicator: its total and its
 * cells. Coordination reviews it as a whole, so that a total with three age groups is one
 * decision rather than four.
 */
@Injectable()
export class MeasurementDeliveryService {
  constructor(private readonly dataSource: DataSource) {}

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
