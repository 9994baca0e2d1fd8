import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type {
  Actor,
  ActorAreaSummary,
  ActorImportFormat,
  ActorImportResult,
  ActorListQuery,
  CreateActorRequest,
  Page,
  UpdateActorRequest,
} from '@gw/shared/contracts';
import { allPages, initiativeUrl } from '@gw/web/shared/data-access';

/** A file the API sent: the actor table as CSV or XLSX. */
export interface ActorFile {
  blob: Blob;
  filename: string;
}

const CONTENT_TYPES: Record<ActorImportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The query of the actor list as the API reads it: only what is set, booleans as text. */
export function actorListParams(query: ActorListQuery): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    const text = String(value).trim();
    if (text !== '') params = params.set(name, text);
  }
  return params;
}

/** The actor table (Akteurstabelle) of an initiative. */
@Injectable({ providedIn: 'root' })
export class ActorsApi {
  private readonly http = inject(HttpClient);

  list(initiativeId: string, query: ActorListQuery): Observable<Page<Actor>> {
    return this.http.get<Page<Actor>>(this.url(initiativeId), { params: actorListParams(query) });
  }

  /** Every actor by name, for choosing from (members of a body). */
  listAll(initiativeId: string): Observable<Actor[]> {
    return allPages((page, pageSize) => this.list(initiativeId, { page, pageSize }));
  }

  summary(initiativeId: string): Observable<ActorAreaSummary[]> {
    return this.http.get<ActorAreaSummary[]>(`${this.url(initiativeId)}/summary`);
  }

  create(initiativeId: string, request: CreateActorRequest): Observable<Actor> {
    return this.http.post<Actor>(this.url(initiativeId), request);
  }

  update(initiativeId: string, actorId: string, request: UpdateActorRequest): Observable<Actor> {
    return this.http.patch<Actor>(this.url(initiativeId, actorId), request);
  }

  remove(initiativeId: string, actorId: string): Observable<void> {
    return this.http.delete<void>(this.url(initiativeId, actorId));
  }

  addRepresentative(initiativeId: string, actorId: string, userId: string): Observable<Actor> {
    return this.http.post<Actor>(`${this.url(initiativeId, actorId)}/representatives`, {
      userId,
    });
  }

  removeRepresentative(initiativeId: string, actorId: string, userId: string): Observable<unknown> {
    return this.http.delete(
      `${this.url(initiativeId, actorId)}/representatives/${encodeURIComponent(userId)}`,
    );
  }

  export(initiativeId: string, format: ActorImportFormat): Observable<ActorFile> {
    return this.http
      .get(`${this.url(initiativeId)}/export`, {
        params: { format },
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([]),
          filename: filenameOf(response.headers.get('Content-Disposition')) ?? `akteure.${format}`,
        })),
      );
  }

  /** Sends the file as it is; the API answers 400 import-invalid with every error it found. */
  import(
    initiativeId: string,
    file: Blob,
    format: ActorImportFormat,
  ): Observable<ActorImportResult> {
    return this.http.post<ActorImportResult>(`${this.url(initiativeId)}/import`, file, {
      params: { format },
      headers: { 'Content-Type': CONTENT_TYPES[format] },
    });
  }

  private url(initiativeId: string, actorId?: string): string {
    const base = `${initiativeUrl(initiativeId)}/actors`;
    return actorId ? `${base}/${encodeURIComponent(actorId)}` : base;
  }
}

function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded.trim());
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1]?.trim() ?? null;
}
