import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CreateStepRequest,
  DecideTransitionRequest,
  PhaseOverview,
  PhaseTransition,
  ProposeTransitionRequest,
  Step,
  UpdateStepRequest,
} from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** The phases of an initiative: their steps, and the transitions from one phase to the next. */
@Injectable({ providedIn: 'root' })
export class PhasesApi {
  private readonly http = inject(HttpClient);

  phases(initiativeId: string): Observable<PhaseOverview[]> {
    return this.http.get<PhaseOverview[]>(`${initiativeUrl(initiativeId)}/phases`);
  }

  createStep(initiativeId: string, request: CreateStepRequest): Observable<Step> {
    return this.http.post<Step>(`${initiativeUrl(initiativeId)}/steps`, request);
  }

  updateStep(initiativeId: string, stepId: string, request: UpdateStepRequest): Observable<Step> {
    return this.http.patch<Step>(this.stepUrl(initiativeId, stepId), request);
  }

  deleteStep(initiativeId: string, stepId: string): Observable<void> {
    return this.http.delete<void>(this.stepUrl(initiativeId, stepId));
  }

  /** Newest first. */
  transitions(initiativeId: string): Observable<PhaseTransition[]> {
    return this.http.get<PhaseTransition[]>(this.transitionsUrl(initiativeId));
  }

  propose(initiativeId: string, request: ProposeTransitionRequest): Observable<PhaseTransition> {
    return this.http.post<PhaseTransition>(this.transitionsUrl(initiativeId), request);
  }

  decide(
    initiativeId: string,
    transitionId: string,
    request: DecideTransitionRequest,
  ): Observable<PhaseTransition> {
    return this.http.post<PhaseTransition>(
      `${this.transitionsUrl(initiativeId)}/${encodeURIComponent(transitionId)}/decision`,
      request,
    );
  }

  withdraw(initiativeId: string, transitionId: string): Observable<PhaseTransition> {
    return this.http.post<PhaseTransition>(
      `${this.transitionsUrl(initiativeId)}/${encodeURIComponent(transitionId)}/withdraw`,
      {},
    );
  }

  private stepUrl(initiativeId: string, stepId: string): string {
    return `${initiativeUrl(initiativeId)}/steps/${encodeURIComponent(stepId)}`;
  }

  private transitionsUrl(initiativeId: string): string {
    return `${initiativeUrl(initiativeId)}/phase-transitions`;
  }
}
