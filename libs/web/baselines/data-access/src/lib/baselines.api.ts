import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { ActionPlanContent, ActionPlanStatus, ArtifactVersion } from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** A baseline of the action plan with the measures it froze. */
export type Baseline = ArtifactVersion<ActionPlanContent>;

/**
 * What only the action plan has among the tracked artifacts: the living plan's status against
 * the approved baseline (`/initiatives/:id/action-plan`), which names the plan's artifact. Its
 * baselines, approvals, comparison, PDF and audit trail go through `ArtifactsApi`.
 */
@Injectable({ providedIn: 'root' })
export class BaselinesApi {
  private readonly http = inject(HttpClient);

  /** The living plan against its last approved baseline; names the action plan's artifact. */
  status(initiativeId: string): Observable<ActionPlanStatus> {
    return this.http.get<ActionPlanStatus>(`${initiativeUrl(initiativeId)}/action-plan`);
  }
}
