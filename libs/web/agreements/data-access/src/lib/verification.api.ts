import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { VerificationResult } from '@gw/shared/contracts';
import { API_BASE } from '@gw/web/shared/data-access';

/** A SHA-256 in hex, as printed on every frozen document. */
export const CONTENT_HASH_PATTERN = /^[0-9a-fA-F]{64}$/;

/** The public check of a printed document by its hash: no login. */
@Injectable({ providedIn: 'root' })
export class VerificationApi {
  private readonly http = inject(HttpClient);

  verify(contentHash: string): Observable<VerificationResult> {
    return this.http.get<VerificationResult>(
      `${API_BASE}/verify/${encodeURIComponent(contentHash.trim().toLowerCase())}`,
    );
  }
}
