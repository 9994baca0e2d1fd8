import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { InvitationAccepted, InvitationPreview } from '@gw/shared/contracts';
import { API_BASE } from '@gw/web/shared/data-access';

/** The invitation link's side: anyone with the token may look, the invitee may accept. */
@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly http = inject(HttpClient);

  preview(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`${API_BASE}/invitations/${encodeURIComponent(token)}`);
  }

  accept(token: string): Observable<InvitationAccepted> {
    return this.http.post<InvitationAccepted>(
      `${API_BASE}/invitations/${encodeURIComponent(token)}/accept`,
      {},
    );
  }
}
