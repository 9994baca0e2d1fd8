import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  ActionPlanStatus,
  CreateMeasureRequest,
  Indicator,
  Measure,
  MeasureListQuery,
  Page,
  UpdateMeasureRequest,
} from '@gw/shared/contracts';
import { allPages, initiativeUrl } from '@gw/web/shared/data-access';

/** The query of the measure list as the API reads it: only what is set, the search trimmed. */
export function measureListParams(query: MeasureListQuery): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text !== '') params = params.set(name, text);
  }
  return params;
}

/** The measures (Maßnahmen) of the action plan and the plan's state against its baseline. */
@Injectable({ providedIn: 'root' })
export class MeasuresApi {
  private readonly http = inject(HttpClient);

  list(initiativeId: string, query: MeasureListQuery): Observable<Page<Measure>> {
    return this.http.get<Page<Measure>>(this.url(initiativeId), {
      params: measureListParams(query),
    });
  }

  /** Every measure, for the timeline, the matrix and choosing dependencies. */
  listAll(initiativeId: string): Observable<Measure[]> {
    return allPages((page, pageSize) => this.list(initiativeId, { page, pageSize }));
  }

  get(initiativeId: string, measureId: string): Observable<Measure> {
    return this.http.get<Measure>(this.url(initiativeId, measureId));
  }

  create(initiativeId: string, request: CreateMeasureRequest): Observable<Measure> {
    return this.http.post<Measure>(this.url(initiativeId), request);
  }

  update(initiativeId: string, measureId: string, request: UpdateMeasureRequest) {
    return this.http.patch<Measure>(this.url(initiativeId, measureId), request);
  }

  remove(initiativeId: string, measureId: string): Observable<void> {
    return this.http.delete<void>(this.url(initiativeId, measureId));
  }

  /** The living plan against its last approved baseline (what was removed since). */
  status(initiativeId: string): Observable<ActionPlanStatus> {
    return this.http.get<ActionPlanStatus>(`${initiativeUrl(initiativeId)}/action-plan`);
  }

  /** The shared indicators, to link measures to (read only here). */
  indicators(initiativeId: string): Observable<Indicator[]> {
    return this.http.get<Indicator[]>(`${initiativeUrl(initiativeId)}/indicators`);
  }

  private url(initiativeId: string, measureId?: string): string {
    const base = `${initiativeUrl(initiativeId)}/measures`;
    return measureId ? `${base}/${encodeURIComponent(measureId)}` : base;
  }
}
