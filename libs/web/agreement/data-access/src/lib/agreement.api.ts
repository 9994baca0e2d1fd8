import { HttpClient, type HttpResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type {
  AgreementContent,
  Artifact,
  ArtifactComment,
  ArtifactSummary,
  ArtifactVersion,
  AuditEvent,
  CreateCommentRequest,
  Page,
  Signature,
  SignatureOverview,
  SignRequest,
  UpdateArtifactVersionRequest,
  VersionDiff,
  Withdrawal,
  WithdrawRequest,
} from '@gw/shared/contracts';
import { initiativeUrl } from '@gw/web/shared/data-access';

export type AgreementVersion = ArtifactVersion<AgreementContent>;

/** A file the API sent, with the name it gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * The cooperation agreement as a tracked artifact: its versions, comments, signatures and audit
 * trail (`/initiatives/:id/artifacts/...`).
 */
@Injectable({ providedIn: 'root' })
export class AgreementApi {
  private readonly http = inject(HttpClient);

  /** The agreement exists from the initiative's creation on, possibly without any version. */
  find(initiativeId: string): Observable<ArtifactSummary | null> {
    const params = new HttpParams().set('kind', 'agreement');
    return this.http
      .get<ArtifactSummary[]>(this.base(initiativeId), { params })
      .pipe(map((artifacts) => artifacts[0] ?? null));
  }

  get(initiativeId: string, artifactId: string): Observable<Artifact> {
    return this.http.get<Artifact>(this.artifact(initiativeId, artifactId));
  }

  audit(
    initiativeId: string,
    artifactId: string,
    page: number,
    pageSize: number,
  ): Observable<Page<AuditEvent>> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<Page<AuditEvent>>(`${this.artifact(initiativeId, artifactId)}/audit`, {
      params,
    });
  }

  createVersion(initiativeId: string, artifactId: string): Observable<AgreementVersion> {
    return this.http.post<AgreementVersion>(
      `${this.artifact(initiativeId, artifactId)}/versions`,
      {},
    );
  }

  getVersion(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<AgreementVersion> {
    return this.http.get<AgreementVersion>(this.version(initiativeId, artifactId, number));
  }

  updateVersion(
    initiativeId: string,
    artifactId: string,
    number: number,
    request: UpdateArtifactVersionRequest<AgreementContent>,
  ): Observable<AgreementVersion> {
    return this.http.patch<AgreementVersion>(
      this.version(initiativeId, artifactId, number),
      request,
    );
  }

  submit(initiativeId: string, artifactId: string, number: number): Observable<AgreementVersion> {
    return this.http.post<AgreementVersion>(
      `${this.version(initiativeId, artifactId, number)}/submit`,
      {},
    );
  }

  diff(
    initiativeId: string,
    artifactId: string,
    from: number,
    to: number,
  ): Observable<VersionDiff> {
    return this.http.get<VersionDiff>(`${this.version(initiativeId, artifactId, from)}/diff/${to}`);
  }

  /** The PDF needs the bearer token, so it comes through HttpClient rather than a plain link. */
  pdf(initiativeId: string, artifactId: string, number: number): Observable<DownloadedFile> {
    return this.http
      .get(`${this.version(initiativeId, artifactId, number)}/pdf`, {
        observe: 'response',
        responseType: 'blob',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([], { type: 'application/pdf' }),
          filename: filenameOf(response, `Kooperationsvereinbarung-Fassung-${number}.pdf`),
        })),
      );
  }

  comments(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<ArtifactComment[]> {
    const params = new HttpParams().set('status', 'all');
    return this.http.get<ArtifactComment[]>(
      `${this.version(initiativeId, artifactId, number)}/comments`,
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
      `${this.version(initiativeId, artifactId, number)}/comments`,
      request,
    );
  }

  resolveComment(
    initiativeId: string,
    artifactId: string,
    commentId: string,
  ): Observable<ArtifactComment> {
    return this.http.post<ArtifactComment>(
      `${this.artifact(initiativeId, artifactId)}/comments/${encodeURIComponent(commentId)}/resolve`,
      {},
    );
  }

  signatures(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<SignatureOverview> {
    return this.http.get<SignatureOverview>(
      `${this.version(initiativeId, artifactId, number)}/signatures`,
    );
  }

  sign(
    initiativeId: string,
    artifactId: string,
    number: number,
    request: SignRequest,
  ): Observable<Signature> {
    return this.http.post<Signature>(
      `${this.version(initiativeId, artifactId, number)}/signatures`,
      request,
    );
  }

  withdraw(
    initiativeId: string,
    artifactId: string,
    request: WithdrawRequest,
  ): Observable<Withdrawal> {
    return this.http.post<Withdrawal>(
      `${this.artifact(initiativeId, artifactId)}/withdrawals`,
      request,
    );
  }

  private base(initiativeId: string): string {
    return `${initiativeUrl(initiativeId)}/artifacts`;
  }

  private artifact(initiativeId: string, artifactId: string): string {
    return `${this.base(initiativeId)}/${encodeURIComponent(artifactId)}`;
  }

  private version(initiativeId: string, artifactId: string, number: number): string {
    return `${this.artifact(initiativeId, artifactId)}/versions/${number}`;
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
