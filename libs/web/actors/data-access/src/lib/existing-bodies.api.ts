import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CreateExistingBodyRequest,
  ExistingBody,
  UpdateExistingBodyRequest,
} from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** The table of existing bodies: Gremien, Arbeitskreise, Kooperationsvereinbarungen. */
@Injectable({ providedIn: 'root' })
export class ExistingBodiesApi {
  private readonly http = inject(HttpClient);

  list(initiativeId: string): Observable<ExistingBody[]> {
    return this.http.get<ExistingBody[]>(this.url(initiativeId));
  }

  create(initiativeId: string, request: CreateExistingBodyRequest): Observable<ExistingBody> {
    return this.http.post<ExistingBody>(this.url(initiativeId), request);
  }

  update(
    initiativeId: string,
    bodyId: string,
    request: UpdateExistingBodyRequest,
  ): Observable<ExistingBody> {
    return this.http.patch<ExistingBody>(this.url(initiativeId, bodyId), request);
  }

  remove(initiativeId: string, bodyId: string): Observable<void> {
    return this.http.delete<void>(this.url(initiativeId, bodyId));
  }

  private url(initiativeId: string, bodyId?: string): string {
    const base = `${initiativeUrl(initiativeId)}/bodies`;
    return bodyId ? `${base}/${encodeURIComponent(bodyId)}` : base;
  }
}
