import { Injectable } from '@nestjs/common';
import type { ActionPlanStatus } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound } from '../../common/problem/problem.exception';
import { BaselineChangesService } from './baseline-changes.service';

@Injectable()
export class ActionPlanService {
  constructor(
    private readonly sql: SqlService,
    private readonly baselines: BaselineChangesService,
  ) {}

  async status(access: InitiativeAccess): Promise<ActionPlanStatus> {
    const [artifact] = await this.sql.rows<{ id: string }>(
      `SELECT id FROM artifacts WHERE initiative_id = $1 AND kind = 'action_plan'`,
      [access.initiativeId],
    );
    if (!artifact) throw notFound('The action plan');
    const measures = await this.sql.rows<{ id: string }>(
      'SELECT id FROM measures WHERE initiative_id = $1',
      [access.initiativeId],
    );
    const baseline = await this.baselines.latestApproved(access.initiativeId);
    const current = new Set(measures.map((m) => m.id));
    return {
      artifactId: artifact.id,
      baseline: baseline
        ? {
            number: baseline.number,
            contentHash: baseline.contentHash,
            approvedAt: baseline.approvedAt.toISOString(),
          }
        : null,
      removedSinceBaseline: (baseline?.content.measures ?? [])
        .filter((m) => !current.has(m.id))
        .map((m) => ({ id: m.id, title: m.title })),
      measureCount: measures.length,
    };
  }
}
