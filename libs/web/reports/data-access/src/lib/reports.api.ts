import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  ArtifactVersion,
  CreateReportRequest,
  PublicLink,
  PublicLinkStatus,
  PublicReport,
  ReportComparison,
  ReportContent,
  UpdateReportTextsRequest,
} from '@gw/shared/contracts';
import { versionUrl } from '@gw/web/artifacts/data-access';
import { API_BASE, initiativeUrl } from '@gw/web/shared/data-access';

/** One version of an activity and impact report with its frozen (or, as a draft, live) content. */
export type Report = ArtifactVersion<ReportContent>;

/**
 * What only reports have (`/initiatives/:id/reports`, the texts of a draft, publishing, the
 * public link, the comparison) and the public read of a shared report (no login). Reading,
 * submitting, comments and approvals are the generic artifact calls (`ArtifactsApi`).
 */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** A new report; its first draft is generated from the data of the period. */
  create(initiativeId: string, request: CreateReportRequest): Observable<Report> {
    return this.http.post<Report>(`${initiativeUrl(initiativeId)}/reports`, request);
  }

  /** Saves texts of a draft; the API regenerates its numbers from the data at the same time. */
  updateTexts(
    initiativeId: string,
    artifactId: string,
    number: number,
    request: UpdateReportTextsRequest,
  ): Observable<Report> {
    return this.http.patch<Report>(
      `${versionUrl(initiativeId, artifactId, number)}/texts`,
      request,
    );
  }

  publish(initiativeId: string, artifactId: string, number: number): Observable<Report> {
    return this.http.post<Report>(`${versionUrl(initiativeId, artifactId, number)}/publish`, {});
  }

  /** A new public link; it replaces a live one. The token is shown this once only. */
  createPublicLink(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<PublicLink> {
    return this.http.post<PublicLink>(
      `${versionUrl(initiativeId, artifactId, number)}/public-link`,
      {},
    );
  }

  /** Whether the version has a live public link, since when and how often it was opened. */
  publicLinkStatus(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<PublicLinkStatus> {
    return this.http.get<PublicLinkStatus>(
      `${versionUrl(initiativeId, artifactId, number)}/public-link`,
    );
  }

  revokePublicLink(initiativeId: string, artifactId: string, number: number): Observable<void> {
    return this.http.delete<void>(`${versionUrl(initiativeId, artifactId, number)}/public-link`);
  }

  compare(initiativeId: string, a: string, b: string): Observable<ReportComparison> {
    const params = new HttpParams().set('a', a).set('b', b);
    return this.http.get<ReportComparison>(`${initiativeUrl(initiativeId)}/reports/compare`, {
      params,
    });
  }

  /** A published report through its public link, as anyone without login sees it. */
  publicReport(token: string): Observable<PublicReport> {
    return this.http.get<PublicReport>(publicReportUrl(token));
  }
}

/** The public report's route; `/pdf` after it is a plain link, since it needs no token. */
export const publicReportUrl = (token: string): string =>
  `${API_BASE}/public/reports/${encodeURIComponent(token)}`;
