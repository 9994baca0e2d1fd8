import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CreateInitiativeRequest,
  Initiative,
  InitiativeSummary,
  Page,
  UpdateInitiativeRequest,
} from '@gw/shared/contracts';
import { API_BASE } from '@gw/web/shared/data-access';

@Injectable({ providedIn: 'root' })
export class InitiativesApi {
  private readonly http = inject(HttpClient);

  list(page: number, pageSize: number): Observable<Page<InitiativeSummary>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<InitiativeSummary>>(`${API_BASE}/initiatives`, { params });
  }

  get(id: string): Observable<Initiative> {
    return this.http.get<Initiative>(`${API_BASE}/initiatives/${encodeURIComponent(id)}`);
  }

  create(request: CreateInitiativeRequest): Observable<Initiative> {
    return this.http.post<Initiative>(`${API_BASE}/initiatives`, request);
  }

  update(id: string, request: UpdateInitiativeRequest): Observable<Initiative> {
    return this.http.patch<Initiative>(
      `${API_BASE}/initiatives/${encodeURIComponent(id)}`,
      request,
    );
  }
}
