import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@gw/shared/contracts';
import { hashPassword } from '../../modules/auth/password-hasher';
import { InitiativeEntity } from '../../modules/initiatives/entities/initiative.entity';
import { MembershipEntity } from '../../modules/members/entities/membership.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';
import { DEMO_EMAIL_DOMAIN, DEMO_INITIATIVE, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';
import { seedPhaseOne } from './demo-phase-one';
import { seedPhaseThree } from './demo-phase-three';
import { seedPhaseTwo } from './demo-phase-two';
import { ANY_USER_EXISTS, EXISTING_EMAILS } from './demo-seed.queries';
import { seedStory } from './demo-story';
import { DemoStoryServices } from './demo-story-services';
import { InitiativesService } from '../../modules/initiatives/initiatives.service';

export interface DemoLogin {
  email: string;
  role: Role;
}

/** Seeds the demo initiative into an empty database, so that a first start has something to show. */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly initiatives: InitiativesService,
    private readonly story: DemoStoryServices,
  ) {}

  /** Seeds when the database has no users at all; returns whether it did. */
  async seedIfEmpty(): Promise<boolean> {
    const [{ exists }] = (await this.dataSource.query(ANY_USER_EXISTS)) as { exists: boolean }[];
    if (exists) return false;

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const initiativeId = await this.dataSource.transaction(async (manager) => {
      const users = await manager.save(
        DEMO_PEOPLE.map((person) =>
          manager.create(UserEntity, {
            email: `${person.login}@${DEMO_EMAIL_DOMAIN}`,
            displayName: person.displayName,
            passwordHash,
          }),
        ),
      );
      const initiative = await manager.save(
        manager.create(InitiativeEntity, {
          ...DEMO_INITIATIVE,
          targetGroups: [...DEMO_INITIATIVE.targetGroups],
          createdBy: users[0]?.id ?? null,
        }),
      );
      await manager.insert(
        MembershipEntity,
        DEMO_PEOPLE.map((person, index) => ({
          initiativeId: initiative.id,
          userId: users[index]?.id,
          role: person.role,
        })),
      );
      await this.initiatives.scaffold(manager, initiative.id);
      await seedPhaseOne(manager, initiative.id);
      await seedPhaseTwo(manager, initiative.id);
      await seedPhaseThree(manager, initiative.id);
      return initiative.id;
    });
    // The story goes through the real services, each in its own transaction: the agreement in
    // force, both phase transitions, the approved action-plan baseline and a published report.
    await seedStory(this.story, initiativeId);
    return true;
  }

  /** The demo logins to print at start, if the demo users exist. */
  async printableLogins(): Promise<DemoLogin[]> {
    const printed = DEMO_PEOPLE.filter((person) => person.printed);
    const emails = printed.map((person) => `${person.login}@${DEMO_EMAIL_DOMAIN}`);
    const rows: { email: string }[] = await this.dataSource.query(EXISTING_EMAILS, [emails]);
    const present = new Set(rows.map((row) => row.email));
    return printed
      .map((person, index) => ({ email: emails[index] ?? '', role: person.role }))
      .filter((login) => present.has(login.email));
  }
}

export { DEMO_PASSWORD };
