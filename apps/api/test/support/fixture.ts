import { type Role, ROLES } from '@gw/shared/contracts';
import type { TestApp } from './test-app';
import { addMember, createInitiative, createUser, type TestUser, uniqueEmail } from './factories';

export type Caller = Role | 'non-member' | 'anonymous';
export const CALLERS: Caller[] = [...ROLES, 'non-member', 'anonymous'];

/** An initiative with one user per role, a stranger, a member to act on and a pending invitation. */
export interface InitiativeFixture {
  initiativeId: string;
  users: Record<Role | 'non-member', TestUser>;
  targetMemberId: string;
  invitationId: string;
  invitationToken: string;
}

export async function createUsersPerRole(
  t: TestApp,
): Promise<Record<Role | 'non-member', TestUser>> {
  const entries = await Promise.all(
    [...ROLES, 'non-member' as const].map(async (role) => [role, await createUser(t.api)] as const),
  );
  return Object.fromEntries(entries) as Record<Role | 'non-member', TestUser>;
}

export async function createInitiativeFixture(
  t: TestApp,
  users: Record<Role | 'non-member', TestUser>,
): Promise<InitiativeFixture> {
  const initiative = await createInitiative(t.api, users.coordination);
  for (const role of ROLES.filter((r) => r !== 'coordination')) {
    await addMember(t.dataSource, initiative.id, users[role], role);
  }
  const target = await createUser(t.api);
  const targetMemberId = await addMember(t.dataSource, initiative.id, target, 'observer');
  const invitation = await t.api.post(
    `/api/v1/initiatives/${initiative.id}/invitations`,
    { email: uniqueEmail('fixture'), role: 'partner' },
    { token: users.coordination.token },
  );
  return {
    initiativeId: initiative.id,
    users,
    targetMemberId,
    invitationId: invitation.body.id,
    invitationToken: invitation.body.token,
  };
}

export function tokenOf(fixture: InitiativeFixture, caller: Caller): string | undefined {
  return caller === 'anonymous' ? undefined : fixture.users[caller].token;
}
