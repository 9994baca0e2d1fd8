import { HttpClient, type HttpResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type {
  Approval,
  ApprovalOverview,
  ApprovalRequest,
  Artifact,
  ArtifactComment,
  ArtifactKind,
  ArtifactSummary,
  ArtifactVersion,
  AuditEvent,
  CreateCommentRequest,
  Page,
  UpdateArtifactVersionRequest,
  VersionDiff,
} from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** A file the API sent, with the name it gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** `/initiatives/:id/artifacts/:artifactId`, for the calls of one kind that are not generic. */
export function artifactUrl(initiativeId: string, artifactId: string): string {
  return `${initiativeUrl(initiativeId)}/artifacts/${encodeURIComponent(artifactId)}`;
}

/** `/initiatives/:id/artifacts/:artifactId/versions/:number`. */
export function versionUrl(initiativeId: string, artifactId: string, number: number): string {
  return `${artifactUrl(initiativeId, artifactId)}/versions/${number}`;
}

/**
 * The calls every tracked artifact (agreement, action plan, impact report) shares
 * (`/initiatives/:id/artifacts/...`): versions, submit, comparison, audit trail, comments,
 * approvals and PDF. `C` is the kind's content; the API answers with the artifact's own.
 */
@Injectable({ providedIn: 'root' })
export class ArtifactsApi {
  private readonly http = inject(HttpClient);

  /** The initiative's artifacts of one kind. */
  list(initiativeId: string, kind: ArtifactKind): Observable<ArtifactSummary[]> {
    const params = new HttpParams().set('kind', kind);
    return this.http.get<ArtifactSummary[]>(`${initiativeUrl(initiativeId)}/artifacts`, {
      params,
    });
  }

  /** The artifact with the summaries of its versions. */
  get(initiativeId: string, artifactId: string): Observable<Artifact> {
    return this.http.get<Artifact>(artifactUrl(initiativeId, artifactId));
  }

  getVersion<C>(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<ArtifactVersion<C>> {
    return this.http.get<ArtifactVersion<C>>(versionUrl(initiativeId, artifactId, number));
  }

  /** Starts a draft; 409 while the kind's rules allow none (a draft or a round is open). */
  createVersion<C>(initiativeId: string, artifactId: string): Observable<ArtifactVersion<C>> {
    return this.http.post<ArtifactVersion<C>>(
      `${artifactUrl(initiativeId, artifactId)}/versions`,
      {},
    );
  }

  /** Saves a draft with the row version last read; 409 `stale-version` if someone was faster. */
  updateVersion<C>(
    initiativeId: string,
    artifactId: string,
    number: number,
    request: UpdateArtifactVersionRequest<C>,
  ): Observable<ArtifactVersion<C>> {
    return this.http.patch<ArtifactVersion<C>>(
      versionUrl(initiativeId, artifactId, number),
      request,
    );
  }

  /** Freezes the draft (content hash) and opens the kind's round: signatures or approvals. */
  submit<C>(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<ArtifactVersion<C>> {
    return this.http.post<ArtifactVersion<C>>(
      `${versionUrl(initiativeId, artifactId, number)}/submit`,
      {},
    );
  }

  diff(
    initiativeId: string,
    artifactId: string,
    from: number,
    to: number,
  ): Observable<VersionDiff> {
    return this.http.get<VersionDiff>(`${versionUrl(initiativeId, artifactId, from)}/diff/${to}`);
  }

  audit(
    initiativeId: string,
    artifactId: string,
    page: number,
    pageSize: number,
  ): Observable<Page<AuditEvent>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<AuditEvent>>(`${artifactUrl(initiativeId, artifactId)}/audit`, {
      params,
    });
  }

  /** All comments on a version, the resolved ones included. */
  comments(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<ArtifactComment[]> {
    const params = new HttpParams().set('status', 'all');
    return this.http.get<ArtifactComment[]>(
      `${versionUrl(initiativeId, artifactId, number)}/comments`,
      { params },
    );
  }

  addComment(
    initiativeId: string,
    artifactId: string,
    number: number,
    request: CreateCommentRequest,
  ): Observable<ArtifactComment> {
    return this.http.post<ArtifactComment>(
      `${versionUrl(initiativeId, artifactId, number)}/comments`,
      request,
    );
  }

  resolveComment(
    initiativeId: string,
    artifactId: string,
    commentId: string,
  ): Observable<ArtifactComment> {
    return this.http.post<ArtifactComment>(
      `${artifactUrl(initiativeId, artifactId)}/comments/${encodeURIComponent(commentId)}/resolve`,
      {},
    );
  }

  /** Where the steering group's approval of a submitted version stands. */
  approvals(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<ApprovalOverview> {
    return this.http.get<ApprovalOverview>(
      `${versionUrl(initiativeId, artifactId, number)}/approvals`,
    );
  }

  /** A steering member's decision on a submitted version. */
  decide(
    initiativeId: string,
    artifactId: string,
    number: number,
    request: ApprovalRequest,
  ): Observable<Approval> {
    return this.http.post<Approval>(
      `${versionUrl(initiativeId, artifactId, number)}/approvals`,
      request,
    );
  }

  /**
   * The version as PDF, named as the API names it, else `fallbackName`. It needs the bearer
   * token, so it comes through HttpClient rather than a plain link.
   */
  pdf(
    initiativeId: string,
    artifactId: string,
    number: number,
    fallbackName: string,
  ): Observable<DownloadedFile> {
    return this.http
      .get(`${versionUrl(initiativeId, artifactId, number)}/pdf`, {
        observe: 'response',
        responseType: 'blob',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([], { type: 'application/pdf' }),
          filename: filenameOf(response, fallbackName),
        })),
      );
  }
}

/** The name from `Content-Disposition` (RFC 6266, `filename*` preferred), else the fallback. */
export function filenameOf(response: HttpResponse<unknown>, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: the plain name or the fallback will do.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1];
  return plain?.trim() || fallback;
}
