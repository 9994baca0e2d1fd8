import type { DataSource } from 'typeorm';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { DEMO_EMAIL_DOMAIN } from './demo-data';
import { CAST_MEMBERS } from './demo-seed.queries';

/** A demo member as the services see a caller: the membership of the route, and the user. */
export interface DemoCaller {
  access: InitiativeAccess;
  user: AuthenticatedUser;
}

interface DemoMemberRow {
  membership_id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: InitiativeAccess['role'];
}

/**
 * The demo's members by login, so that the story after the seed's transaction goes through the
 * real services as the people of the demo would (each call as its own caller).
 */
export class DemoCast {
  private constructor(
    private readonly initiativeId: string,
    private readonly members: DemoMemberRow[],
  ) {}

  static async load(dataSource: DataSource, initiativeId: string): Promise<DemoCast> {
    const members: DemoMemberRow[] = await dataSource.query(CAST_MEMBERS, [initiativeId]);
    return new DemoCast(initiativeId, members);
  }

  /** The caller for a demo login (the local part of its e-mail address). */
  as(login: string): DemoCaller {
    const member = this.members.find((m) => m.email === `${login}@${DEMO_EMAIL_DOMAIN}`);
    if (!member) throw new Error(`The demo seed has no member "${login}"`);
    return {
      access: {
        initiativeId: this.initiativeId,
        membershipId: member.membership_id,
        role: member.role,
      },
      user: { id: member.user_id, email: member.email, displayName: member.display_name },
    };
  }

  /** The caller for a user of the demo, by id (e.g. an approver the service asked). */
  byUserId(userId: string): DemoCaller {
    const member = this.members.find((m) => m.user_id === userId);
    if (!member) throw new Error(`The demo seed has no member with user id "${userId}"`);
    return this.as(member.email.split('@')[0] ?? '');
  }
}
