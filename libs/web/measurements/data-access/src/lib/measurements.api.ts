import { HttpClient, type HttpEvent, HttpParams, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type {
  CreateDeliveryRequest,
  CreateMeasurementRequest,
  IndicatorSeries,
  Measurement,
  MeasurementComment,
  MeasurementFileFormat,
  MeasurementImportResult,
  MeasurementListQuery,
  Page,
  ReviewDeliveryRequest,
  ReviewMeasurementRequest,
  UpdateMeasurementRequest,
} from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** A file the API sent, with the name it gave it. */
export interface MeasurementFile {
  blob: Blob;
  filename: string;
}

const CONTENT_TYPES: Record<MeasurementFileFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The values of the shared indicators (`/initiatives/:id/indicators/:indicatorId/measurements`,
 * `…/series`) and, across indicators, review lists, the import template and the import
 * (`/initiatives/:id/measurements`).
 */
@Injectable({ providedIn: 'root' })
export class MeasurementsApi {
  private readonly http = inject(HttpClient);

  list(
    initiativeId: string,
    indicatorId: string,
    query: MeasurementListQuery = {},
  ): Observable<Page<Measurement>> {
    return this.http.get<Page<Measurement>>(this.values(initiativeId, indicatorId), {
      params: listParams(query),
    });
  }

  /** The values of every indicator the caller sees, e.g. all submitted ones for review. */
  listAcross(
    initiativeId: string,
    query: MeasurementListQuery = {},
  ): Observable<Page<Measurement>> {
    return this.http.get<Page<Measurement>>(`${initiativeUrl(initiativeId)}/measurements`, {
      params: listParams(query),
    });
  }

  series(initiativeId: string, indicatorId: string): Observable<IndicatorSeries> {
    return this.http.get<IndicatorSeries>(`${this.indicator(initiativeId, indicatorId)}/series`);
  }

  get(
    initiativeId: string,
    value: Pick<Measurement, 'id' | 'indicatorId'>,
  ): Observable<Measurement> {
    return this.http.get<Measurement>(this.value(initiativeId, value));
  }

  create(
    initiativeId: string,
    indicatorId: string,
    request: CreateMeasurementRequest,
  ): Observable<Measurement> {
    return this.http.post<Measurement>(this.values(initiativeId, indicatorId), request);
  }

  correct(
    initiativeId: string,
    value: Measurement,
    request: UpdateMeasurementRequest,
  ): Observable<Measurement> {
    return this.http.patch<Measurement>(this.value(initiativeId, value), request);
  }

  review(
    initiativeId: string,
    value: Measurement,
    request: ReviewMeasurementRequest,
  ): Observable<Measurement> {
    return this.http.post<Measurement>(`${this.value(initiativeId, value)}/review`, request);
  }

  /** Enters a period's total and cells at once: all or nothing. */
  createDelivery(
    initiativeId: string,
    indicatorId: string,
    request: CreateDeliveryRequest,
  ): Observable<Measurement[]> {
    return this.http.post<Measurement[]>(
      `${this.indicator(initiativeId, indicatorId)}/deliveries`,
      request,
    );
  }

  /** Approves or returns every value of one indicator's period that awaits review. */
  reviewDelivery(
    initiativeId: string,
    indicatorId: string,
    request: ReviewDeliveryRequest,
  ): Observable<Measurement[]> {
    return this.http.post<Measurement[]>(
      `${this.indicator(initiativeId, indicatorId)}/deliveries/review`,
      request,
    );
  }

  comment(initiativeId: string, value: Measurement, body: string): Observable<MeasurementComment> {
    return this.http.post<MeasurementComment>(`${this.value(initiativeId, value)}/comments`, {
      body,
    });
  }

  template(initiativeId: string, format: MeasurementFileFormat): Observable<MeasurementFile> {
    return this.http
      .get(`${initiativeUrl(initiativeId)}/measurements/template`, {
        params: { format },
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([]),
          filename:
            filenameOf(response.headers.get('Content-Disposition')) ??
            `messwerte-vorlage.${format}`,
        })),
      );
  }

  /**
   * Sends the file as it is, reporting the upload's progress; the API answers 400 import-invalid
   * with every error it found, and writes nothing then.
   */
  import(
    initiativeId: string,
    file: Blob,
    format: MeasurementFileFormat,
  ): Observable<HttpEvent<MeasurementImportResult>> {
    return this.http.post<MeasurementImportResult>(
      `${initiativeUrl(initiativeId)}/measurements/import`,
      file,
      {
        params: { format },
        headers: { 'Content-Type': CONTENT_TYPES[format] },
        reportProgress: true,
        observe: 'events',
      },
    );
  }

  private indicator(initiativeId: string, indicatorId: string): string {
    return `${initiativeUrl(initiativeId)}/indicators/${encodeURIComponent(indicatorId)}`;
  }

  private values(initiativeId: string, indicatorId: string): string {
    return `${this.indicator(initiativeId, indicatorId)}/measurements`;
  }

  private value(initiativeId: string, value: Pick<Measurement, 'id' | 'indicatorId'>): string {
    return `${this.values(initiativeId, value.indicatorId)}/${encodeURIComponent(value.id)}`;
  }
}

function listParams(query: MeasurementListQuery): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(name, String(value));
    }
  }
  return params;
}

function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded.trim());
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1]?.trim() ?? null;
}
