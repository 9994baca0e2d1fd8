import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  CreateWorkingGroupRequest,
  Member,
  UpdateWorkingGroupRequest,
  WorkingGroup,
} from '@gw/shared/contracts';
import { MembersApi } from '@gw/web/members/data-access';
import { AuthStore, type Problem, toProblem } from '@gw/web/shared/data-access';
import { WorkingGroupsApi } from './working-groups.api';

interface WorkingGroupsState {
  initiativeId: string | null;
  groups: WorkingGroup[] | null;
  members: Member[];
  loading: boolean;
  error: Problem | null;
}

const EMPTY: WorkingGroupsState = {
  initiativeId: null,
  groups: null,
  members: [],
  loading: false,
  error: null,
};

/** The ids of the groups a membership belongs to, as member or as lead. */
export function groupIdsOfMember(groups: readonly WorkingGroup[], memberId: string | null) {
  if (!memberId) return new Set<string>();
  return new Set(
    groups
      .filter(
        (group) =>
          group.lead?.memberId === memberId ||
          group.members.some((member) => member.memberId === memberId),
      )
      .map((group) => group.id),
  );
}

/**
 * The working groups of one initiative, the members to staff them with, and the groups the
 * signed-in user belongs to (whose measures a working-group member may update).
 */
@Injectable({ providedIn: 'root' })
export class WorkingGroupsStore {
  private readonly api = inject(WorkingGroupsApi);
  private readonly membersApi = inject(MembersApi);
  private readonly auth = inject(AuthStore);
  private readonly state = signal<WorkingGroupsState>(EMPTY);

  readonly groups = computed(() => this.state().groups);
  readonly members = computed(() => this.state().members);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  /** The signed-in user's membership in this initiative. */
  readonly myMemberId = computed(() => {
    const userId = this.auth.user()?.id;
    return this.state().members.find((member) => member.userId === userId)?.id ?? null;
  });
  readonly myGroupIds = computed(() => groupIdsOfMember(this.groups() ?? [], this.myMemberId()));

  /** Loads the groups and the members of an initiative (keeps what it has for the same one). */
  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId });
    await Promise.all([this.fetchGroups(), this.fetchMembers()]);
  }

  async reload(): Promise<void> {
    await this.fetchGroups();
  }

  async create(request: CreateWorkingGroupRequest): Promise<WorkingGroup> {
    const group = await firstValueFrom(this.api.create(this.initiativeId(), request));
    await this.fetchGroups();
    return group;
  }

  /** Sends the version last read; a 409 stale-version is thrown to the caller. */
  async update(
    group: WorkingGroup,
    changes: Omit<UpdateWorkingGroupRequest, 'version'>,
  ): Promise<WorkingGroup> {
    const updated = await firstValueFrom(
      this.api.update(this.initiativeId(), group.id, { ...changes, version: group.version }),
    );
    this.state.update((state) => ({
      ...state,
      groups: state.groups?.map((item) => (item.id === updated.id ? updated : item)) ?? null,
    }));
    return updated;
  }

  async remove(group: WorkingGroup): Promise<void> {
    await firstValueFrom(this.api.remove(this.initiativeId(), group.id));
    this.state.update((state) => ({
      ...state,
      groups: state.groups?.filter((item) => item.id !== group.id) ?? null,
    }));
  }

  private async fetchGroups(): Promise<void> {
    const initiativeId = this.state().initiativeId;
    if (!initiativeId) return;
    this.state.update((state) => ({ ...state, loading: true, error: null }));
    try {
      const groups = await firstValueFrom(this.api.list(initiativeId));
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, groups, loading: false }));
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  /** Without the members no one can be chosen and nobody counts as a group's member. */
  private async fetchMembers(): Promise<void> {
    const initiativeId = this.state().initiativeId;
    if (!initiativeId) return;
    try {
      const members = await firstValueFrom(this.membersApi.listAll(initiativeId));
      if (this.state().initiativeId === initiativeId) {
        this.state.update((state) => ({ ...state, members }));
      }
    } catch {
      this.state.update((state) => ({ ...state, members: [] }));
    }
  }

  private initiativeId(): string {
    const id = this.state().initiativeId;
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}
