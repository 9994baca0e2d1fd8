import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CollectionPlanEntry,
  CreateDimensionRequest,
  CreateIndicatorRequest,
  Dimension,
  Indicator,
  UpdateDimensionRequest,
  UpdateIndicatorRequest,
} from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/**
 * The shared success indicators of an initiative, their disaggregation dimensions and the data
 * collection plan (`/initiatives/:id/indicators`, `/dimensions`).
 */
@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  private readonly http = inject(HttpClient);

  list(initiativeId: string): Observable<Indicator[]> {
    return this.http.get<Indicator[]>(this.indicators(initiativeId));
  }

  create(initiativeId: string, request: CreateIndicatorRequest): Observable<Indicator> {
    return this.http.post<Indicator>(this.indicators(initiativeId), request);
  }

  update(
    initiativeId: string,
    indicatorId: string,
    request: UpdateIndicatorRequest,
  ): Observable<Indicator> {
    return this.http.patch<Indicator>(this.indicators(initiativeId, indicatorId), request);
  }

  remove(initiativeId: string, indicatorId: string): Observable<void> {
    return this.http.delete<void>(this.indicators(initiativeId, indicatorId));
  }

  /** Who delivers which value by when, as of `date` (YYYY-MM-DD; today in Germany without). */
  collectionPlan(initiativeId: string, date?: string): Observable<CollectionPlanEntry[]> {
    const params = date ? new HttpParams().set('date', date) : undefined;
    return this.http.get<CollectionPlanEntry[]>(
      `${this.indicators(initiativeId)}/collection-plan`,
      { params },
    );
  }

  dimensions(initiativeId: string): Observable<Dimension[]> {
    return this.http.get<Dimension[]>(this.dimension(initiativeId));
  }

  createDimension(initiativeId: string, request: CreateDimensionRequest): Observable<Dimension> {
    return this.http.post<Dimension>(this.dimension(initiativeId), request);
  }

  updateDimension(
    initiativeId: string,
    dimensionId: string,
    request: UpdateDimensionRequest,
  ): Observable<Dimension> {
    return this.http.patch<Dimension>(this.dimension(initiativeId, dimensionId), request);
  }

  removeDimension(initiativeId: string, dimensionId: string): Observable<void> {
    return this.http.delete<void>(this.dimension(initiativeId, dimensionId));
  }

  private indicators(initiativeId: string, indicatorId?: string): string {
    const base = `${initiativeUrl(initiativeId)}/indicators`;
    return indicatorId ? `${base}/${encodeURIComponent(indicatorId)}` : base;
  }

  private dimension(initiativeId: string, dimensionId?: string): string {
    const base = `${initiativeUrl(initiativeId)}/dimensions`;
    return dimensionId ? `${base}/${encodeURIComponent(dimensionId)}` : base;
  }
}
