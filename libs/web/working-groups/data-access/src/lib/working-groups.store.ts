import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  CreateWorkingGroupRequest,
  Member,
  UpdateWorkingGroupRequest,
  WorkingGroup,
} from '@gw/shared/contracts';
import { MembersApi } from '@gw/web/members/data-access';
import { AuthStore, KeyedLoad } from '@gw/web/shared/data-access';
import { WorkingGroupsApi } from './working-groups.api';

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
  private readonly groupList = new KeyedLoad<string, WorkingGroup[]>();
  private readonly memberList = new KeyedLoad<string, Member[]>();

  readonly groups = this.groupList.value;
  readonly members = computed(() => this.memberList.value() ?? []);
  readonly loading = this.groupList.loading;
  readonly error = this.groupList.error;
  /** The signed-in user's membership in this initiative. */
  readonly myMemberId = computed(() => {
    const userId = this.auth.user()?.id;
    return this.members().find((member) => member.userId === userId)?.id ?? null;
  });
  readonly myGroupIds = computed(() => groupIdsOfMember(this.groups() ?? [], this.myMemberId()));

  /** Loads the groups and the members of an initiative (keeps what it has for the same one). */
  async load(initiativeId: string): Promise<void> {
    await Promise.all([this.fetchGroups(initiativeId), this.fetchMembers(initiativeId)]);
  }

  async reload(): Promise<void> {
    const id = this.groupList.key();
    if (id) await this.fetchGroups(id);
  }

  async create(request: CreateWorkingGroupRequest): Promise<WorkingGroup> {
    const group = await firstValueFrom(this.api.create(this.initiativeId(), request));
    await this.reload();
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
    this.groupList.update(this.initiativeId(), (groups) =>
      groups.map((item) => (item.id === updated.id ? updated : item)),
    );
    return updated;
  }

  async remove(group: WorkingGroup): Promise<void> {
    await firstValueFrom(this.api.remove(this.initiativeId(), group.id));
    this.groupList.update(this.initiativeId(), (groups) =>
      groups.filter((item) => item.id !== group.id),
    );
  }

  private async fetchGroups(initiativeId: string): Promise<void> {
    await this.groupList.load(
      initiativeId,
      () => firstValueFrom(this.api.list(initiativeId)),
      true,
    );
  }

  /** Without the members no one can be chosen and nobody counts as a group's member. */
  private async fetchMembers(initiativeId: string): Promise<void> {
    await this.memberList.load(
      initiativeId,
      () => firstValueFrom(this.membersApi.listAll(initiativeId)).catch((): Member[] => []),
      true,
    );
  }

  private initiativeId(): string {
    const id = this.groupList.key();
    if (!id) throw new Error('No initiative loaded');
    return id;
  }
}
