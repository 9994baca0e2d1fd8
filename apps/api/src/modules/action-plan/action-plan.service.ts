import { Injectable } from '@nestjs/common';
import type { ActionPlanStatus } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound } from '../../common/problem/problem.exception';
import { ArtifactVersionsService } from '../artifacts/artifact-versions.service';
import { BaselineChangesService } from '../artifacts/baseline-changes.service';
import { CURRENT_MEASURE_IDS } from './action-plan.queries';

@Injectable()
export class ActionPlanService {
  constructor(
    private readonly sql: SqlService,
    private readonly versions: ArtifactVersionsService,
    private readonly baselines: BaselineChangesService,
  ) {}

  async status(access: InitiativeAccess): Promise<ActionPlanStatus> {
    const artifactId = await this.versions.artifactIdOfKind(access.initiativeId, 'action_plan');
    if (!artifactId) throw notFound('The action plan');
    const measures = await this.sql.rows<{ id: string }>(CURRENT_MEASURE_IDS, [
      access.initiativeId,
    ]);
    const baseline = await this.baselines.latestApproved(access.initiativeId);
    const current = new Set(measures.map((m) => m.id));
    return {
      artifactId,
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
