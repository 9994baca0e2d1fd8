import { Injectable } from '@nestjs/common';
import type { ActionPlanContent, BaselineChange, Measure } from '@gw/shared/contracts';
import { SqlService } from '../../common/database/sql.service';
import { type BaselineRow, LATEST_APPROVED_BASELINE } from './artifacts.queries';
import { compareToBaseline, type MeasureSnapshot } from './baseline-compare';

export interface ApprovedBaseline {
  number: number;
  contentHash: string;
  approvedAt: Date;
  content: ActionPlanContent;
}

/**
 * The living plan against its last approved baseline: an action-plan version, read here where
 * the versions live, for the measures (their baseline changes) and the action plan's status.
 */
@Injectable()
export class BaselineChangesService {
  constructor(private readonly sql: SqlService) {}

  async latestApproved(initiativeId: string): Promise<ApprovedBaseline | null> {
    const [row] = await this.sql.rows<BaselineRow>(LATEST_APPROVED_BASELINE, [initiativeId]);
    return row
      ? {
          number: row.number,
          contentHash: row.content_hash,
          approvedAt: row.updated_at,
          content: row.content,
        }
      : null;
  }

  /**
   * Per measure: new, changed (with the fields) or unchanged since the last approved baseline.
   * Indicators the caller may not see are left out of the baseline as they are of the measures.
   */
  async compare(
    initiativeId: string,
    measures: (Measure | MeasureSnapshot)[],
    hiddenIndicatorIds: ReadonlySet<string> = new Set(),
  ): Promise<Map<string, BaselineChange>> {
    const baseline = await this.latestApproved(initiativeId);
    const before = baseline
      ? new Map(
          baseline.content.measures.map((m) => [
            m.id,
            { ...m, indicatorIds: m.indicatorIds.filter((id) => !hiddenIndicatorIds.has(id)) },
          ]),
        )
      : null;
    return new Map(measures.map((measure) => [measure.id, compareToBaseline(measure, before)]));
  }
}
