import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { ActivityEntry, Dashboard, Page } from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** The initiative's dashboard (`/initiatives/:id/dashboard`), as the caller may see it. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  get(initiativeId: string): Observable<Dashboard> {
    return this.http.get<Dashboard>(`${initiativeUrl(initiativeId)}/dashboard`);
  }

  /** A page of the last 30 days' activity, newest first. */
  activity(initiativeId: string, page: number, pageSize: number): Observable<Page<ActivityEntry>> {
    return this.http.get<Page<ActivityEntry>>(`${initiativeUrl(initiativeId)}/dashboard/activity`, {
      params: { page, pageSize },
    });
  }
}
