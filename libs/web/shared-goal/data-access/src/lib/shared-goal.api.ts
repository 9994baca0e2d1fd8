import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { SharedGoal, UpdateSharedGoalRequest } from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** The shared goal (gemeinsame Zielsetzung) of an initiative: one document per initiative. */
@Injectable({ providedIn: 'root' })
export class SharedGoalApi {
  private readonly http = inject(HttpClient);

  get(initiativeId: string): Observable<SharedGoal> {
    return this.http.get<SharedGoal>(this.url(initiativeId));
  }

  /** Replaces the vision and the goals; goals left out are deleted. */
  update(initiativeId: string, request: UpdateSharedGoalRequest): Observable<SharedGoal> {
    return this.http.put<SharedGoal>(this.url(initiativeId), request);
  }

  private url(initiativeId: string): string {
    return `${initiativeUrl(initiativeId)}/shared-goal`;
  }
}
