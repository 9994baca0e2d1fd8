import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type {
  AgreementContent,
  ArtifactSummary,
  ArtifactVersion,
  Signature,
  SignatureOverview,
  SignRequest,
  Withdrawal,
  WithdrawRequest,
} from '@gw/shared/contracts';
import { ArtifactsApi, artifactUrl, versionUrl } from '@gw/web/artifacts/data-access';

export type AgreementVersion = ArtifactVersion<AgreementContent>;

/**
 * What only the cooperation agreement has among the tracked artifacts: finding it, and its
 * signatures and withdrawals. The calls all artifacts share are in `ArtifactsApi`.
 */
@Injectable({ providedIn: 'root' })
export class AgreementApi {
  private readonly http = inject(HttpClient);
  private readonly artifacts = inject(ArtifactsApi);

  /** The agreement exists from the initiative's creation on, possibly without any version. */
  find(initiativeId: string): Observable<ArtifactSummary | null> {
    return this.artifacts
      .list(initiativeId, 'agreement')
      .pipe(map((artifacts) => artifacts[0] ?? null));
  }

  signatures(
    initiativeId: string,
    artifactId: string,
    number: number,
  ): Observable<SignatureOverview> {
    return this.http.get<SignatureOverview>(
      `${versionUrl(initiativeId, artifactId, number)}/signatures`,
    );
  }

  sign(
    initiativeId: string,
    artifactId: string,
    number: number,
    request: SignRequest,
  ): Observable<Signature> {
    return this.http.post<Signature>(
      `${versionUrl(initiativeId, artifactId, number)}/signatures`,
      request,
    );
  }

  withdraw(
    initiativeId: string,
    artifactId: string,
    request: WithdrawRequest,
  ): Observable<Withdrawal> {
    return this.http.post<Withdrawal>(
      `${artifactUrl(initiativeId, artifactId)}/withdrawals`,
      request,
    );
  }
}
