import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type CreateInvitationRequest,
  DEFAULT_PAGE_SIZE,
  type Invitation,
  type InvitationCreated,
  MAX_PAGE_SIZE,
  type Member,
  type Page,
  type Role,
} from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { MembersApi } from './members.api';

interface MembersState {
  initiativeId: string | null;
  members: Page<Member> | null;
  invitations: Invitation[];
  loading: boolean;
  error: Problem | null;
}

const EMPTY: MembersState = {
  initiativeId: null,
  members: null,
  invitations: [],
  loading: false,
  error: null,
};

/** The members page of one initiative: members, pending invitations, and what changes them. */
@Injectable({ providedIn: 'root' })
export class MembersStore {
  private readonly api = inject(MembersApi);
  private readonly state = signal<MembersState>(EMPTY);
  private pageSize = DEFAULT_PAGE_SIZE;

  readonly members = computed(() => this.state().members);
  readonly invitations = computed(() => this.state().invitations);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);

  /** Loads a page of members; with `withInvitations` (coordination) also pending invitations. */
  async load(
    initiativeId: string,
    options: { page?: number; pageSize?: number; withInvitations: boolean },
  ): Promise<void> {
    this.pageSize = options.pageSize ?? this.pageSize;
    const sameInitiative = this.state().initiativeId === initiativeId;
    this.state.set({
      ...(sameInitiative ? this.state() : EMPTY),
      initiativeId,
      loading: true,
      error: null,
    });
    try {
      const [members, invitations] = await Promise.all([
        firstValueFrom(this.api.list(initiativeId, options.page ?? 1, this.pageSize)),
        options.withInvitations
          ? firstValueFrom(this.api.pendingInvitations(initiativeId, 1, MAX_PAGE_SIZE))
          : Promise.resolve(null),
      ]);
      this.state.update((state) => ({
        ...state,
        members,
        invitations: invitations?.items ?? [],
        loading: false,
      }));
    } catch (error) {
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  /** Changes a member's role; the API's errors (last coordinator, stale version) are thrown. */
  async changeRole(member: Member, role: Role): Promise<Member> {
    const updated = await firstValueFrom(
      this.api.update(this.initiativeId(), member.id, { role, version: member.version }),
    );
    this.replaceMember(updated);
    return updated;
  }

  async remove(member: Member): Promise<void> {
    await firstValueFrom(this.api.remove(this.initiativeId(), member.id));
    this.state.update((state) =>
      state.members
        ? {
            ...state,
            members: {
              ...state.members,
              items: state.members.items.filter((item) => item.id !== member.id),
              total: state.members.total - 1,
            },
          }
        : state,
    );
  }

  async invite(request: CreateInvitationRequest): Promise<InvitationCreated> {
    const initiativeId = this.initiativeId();
    const created = await firstValueFrom(this.api.invite(initiativeId, request));
    await this.refreshInvitations(initiativeId);
    return created;
  }

  async withdraw(invitation: Invitation): Promise<void> {
    const initiativeId = this.initiativeId();
    await firstValueFrom(this.api.withdraw(initiativeId, invitation.id));
    this.state.update((state) => ({
      ...state,
      invitations: state.invitations.filter((item) => item.id !== invitation.id),
    }));
  }

  private async refreshInvitations(initiativeId: string): Promise<void> {
    const page = await firstValueFrom(this.api.pendingInvitations(initiativeId, 1, MAX_PAGE_SIZE));
    this.state.update((state) => ({ ...state, invitations: page.items }));
  }

  private replaceMember(member: Member): void {
    this.state.update((state) =>
      state.members
        ? {
            ...state,
            members: {
              ...state.members,
              items: state.members.items.map((item) => (item.id === member.id ? member : item)),
            },
          }
        : state,
    );
  }

  private initiativeId(): string {
    const id = this.state().initiativeId;
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}
