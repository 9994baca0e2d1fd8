import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CreateWorkingGroupRequest,
  UpdateWorkingGroupRequest,
  WorkingGroup,
} from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** The working groups (Arbeitsgruppen) of an initiative: a short list, without pages. */
@Injectable({ providedIn: 'root' })
export class WorkingGroupsApi {
  private readonly http = inject(HttpClient);

  list(initiativeId: string): Observable<WorkingGroup[]> {
    return this.http.get<WorkingGroup[]>(this.url(initiativeId));
  }

  create(initiativeId: string, request: CreateWorkingGroupRequest): Observable<WorkingGroup> {
    return this.http.post<WorkingGroup>(this.url(initiativeId), request);
  }

  update(
    initiativeId: string,
    groupId: string,
    request: UpdateWorkingGroupRequest,
  ): Observable<WorkingGroup> {
    return this.http.patch<WorkingGroup>(this.url(initiativeId, groupId), request);
  }

  remove(initiativeId: string, groupId: string): Observable<void> {
    return this.http.delete<void>(this.url(initiativeId, groupId));
  }

  private url(initiativeId: string, groupId?: string): string {
    const base = `${initiativeUrl(initiativeId)}/working-groups`;
    return groupId ? `${base}/${encodeURIComponent(groupId)}` : base;
  }
}
