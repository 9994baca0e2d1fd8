import { HttpClient, type HttpResponse, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type {
  ActionPlanContent,
  ActionPlanStatus,
  Approval,
  ApprovalOverview,
  ApprovalRequest,
  Artifact,
  ArtifactVersion,
  AuditEvent,
  Page,
  VersionDiff,
} from '@gw/shared/contracts';
import { type DownloadedFile, filenameOf } from '@gw/web/agreement/data-access';
import { initiativeUrl } from '@gw/web/shared/data-access';

/** A baseline of the action plan with the measures it froze. */
export type Baseline = ArtifactVersion<ActionPlanContent>;

/**
 * The action plan as a tracked artifact (`/initiatives/:id/artifacts/...`): its baselines, the
 * steering group's approvals, comparison, PDF and audit trail; and the living plan's status
 * against the approved baseline (`/initiatives/:id/action-plan`).
 */
@Injectable({ providedIn: 'root' })
export class ActionPlanApi {
  private readonly http = inject(HttpClient);

  get(initiativeId: string, artifactId: string): Observable<Artifact> {
    return this.http.get<Artifact>(this.artifact(initiativeId, artifactId));
  }

  /** The living plan against its last approved baseline; names the action plan's artifact. */
  status(initiativeId: string): Observable<ActionPlanStatus> {
    return this.http.get<ActionPlanStatus>(`${initiativeUrl(initiativeId)}/action-plan`);
  }

  /** Starts a baseline draft; 409 while one is a draft or waits for approval. */
  createVersion(initiativeId: string, artifactId: string): Observable<Baseline> {
    return this.http.post<Baseline>(`${this.artifact(initiativeId, artifactId)}/versions`, {});
  }

  getVersion(initiativeId: string, artifactId: string, number: number): Observable<Baseline> {
    return this.http.get<Baseline>(this.version(initiativeId, artifactId, number));
  }

  /** Freezes the measures as they are now and asks the steering group. */
  submit(initiativeId: string, artifactId: string, number: number): Observable<Baseline> {
    return this.http.post<Baseline>(`${this.version(initiativeId, artifactId, number)}/submit`, {});
  }

  approvals(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<ApprovalOverview> {
    return this.http.get<ApprovalOverview>(
      `${this.version(initiativeId, artifactId, number)}/approvals`,
    );
  }

  decide(
    initiativeId: string,
    artifactId: string,
    number: number,
    request: ApprovalRequest,
  ): Observable<Approval> {
    return this.http.post<Approval>(
      `${this.version(initiativeId, artifactId, number)}/approvals`,
      request,
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
          filename: filenameOf(response, `Aktionsplan-Basislinie-${number}.pdf`),
        })),
      );
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

  private artifact(initiativeId: string, artifactId: string): string {
    return `${initiativeUrl(initiativeId)}/artifacts/${encodeURIComponent(artifactId)}`;
  }

  private version(initiativeId: string, artifactId: string, number: number): string {
    return `${this.artifact(initiativeId, artifactId)}/versions/${number}`;
  }
}
