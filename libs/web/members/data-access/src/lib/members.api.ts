import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CreateInvitationRequest,
  Invitation,
  InvitationCreated,
  Member,
  Page,
  UpdateMemberRequest,
} from '@gw/shared/contracts';
import { allPages, initiativeUrl } from '@gw/web/shared/data-access';

const pageParams = (page: number, pageSize: number) =>
  new HttpParams().set('page', page).set('pageSize', pageSize);

/** Members of an initiative and the invitations the coordination office sends. */
@Injectable({ providedIn: 'root' })
export class MembersApi {
  private readonly http = inject(HttpClient);

  list(initiativeId: string, page: number, pageSize: number): Observable<Page<Member>> {
    return this.http.get<Page<Member>>(`${initiativeUrl(initiativeId)}/members`, {
      params: pageParams(page, pageSize),
    });
  }

  /** Every member, for choosing one (a step's responsible, an actor's representative). */
  listAll(initiativeId: string): Observable<Member[]> {
    return allPages((page, pageSize) => this.list(initiativeId, page, pageSize));
  }

  update(initiativeId: string, memberId: string, request: UpdateMemberRequest): Observable<Member> {
    return this.http.patch<Member>(
      `${initiativeUrl(initiativeId)}/members/${encodeURIComponent(memberId)}`,
      request,
    );
  }

  remove(initiativeId: string, memberId: string): Observable<void> {
    return this.http.delete<void>(
      `${initiativeUrl(initiativeId)}/members/${encodeURIComponent(memberId)}`,
    );
  }

  invite(initiativeId: string, request: CreateInvitationRequest): Observable<InvitationCreated> {
    return this.http.post<InvitationCreated>(`${initiativeUrl(initiativeId)}/invitations`, request);
  }

  pendingInvitations(
    initiativeId: string,
    page: number,
    pageSize: number,
  ): Observable<Page<Invitation>> {
    return this.http.get<Page<Invitation>>(`${initiativeUrl(initiativeId)}/invitations`, {
      params: pageParams(page, pageSize).set('status', 'pending'),
    });
  }

  withdraw(initiativeId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(
      `${initiativeUrl(initiativeId)}/invitations/${encodeURIComponent(invitationId)}`,
    );
  }
}
