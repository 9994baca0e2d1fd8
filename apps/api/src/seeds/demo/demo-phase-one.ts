import type { EntityManager } from 'typeorm';
import { ActorRepresentativeEntity } from '../../modules/actors/entities/actor-representative.entity';
import { ActorEntity } from '../../modules/actors/entities/actor.entity';
import { ExistingBodyMemberEntity } from '../../modules/existing-bodies/entities/existing-body-member.entity';
import { ExistingBodyEntity } from '../../modules/existing-bodies/entities/existing-body.entity';
import { StepEntity } from '../../modules/phases/entities/step.entity';
import { GoalEntity } from '../../modules/shared-goal/entities/goal.entity';
import { SharedGoalEntity } from '../../modules/shared-goal/entities/shared-goal.entity';
import { DEMO_ACTORS, DEMO_BODIES } from './demo-actors';
import { DEMO_EMAIL_DOMAIN } from './demo-data';
import { DEMO_MEMBERS } from './demo-seed.queries';
import { DEMO_STEPS } from './demo-steps';

const DEMO_VISION =
  'Jeder junge Mensch in Auenstadt findet nach der Schule seinen Weg in Ausbildung, Studium oder Arbeit. Niemand geht am Übergang verloren.';

const DEMO_GOALS = [
  {
    title: 'Kein Abschluss ohne Anschluss',
    description:
      'Alle Schülerinnen und Schüler der Abgangsklassen haben zum Ende des Schuljahres eine Anschlussperspektive.',
  },
  {
    title: 'Berufsorientierung früh und praxisnah',
    description:
      'Ab Klasse 8 absolviert jede und jeder mindestens zwei Praktika in Betrieben der Region.',
  },
  {
    title: 'Ausbildungsabbrüche halbieren',
    description:
      'Auszubildende und Betriebe werden begleitet, bevor es kriselt; die Abbruchquote sinkt bis 2029 um die Hälfte.',
  },
  {
    title: 'Junge Zugewanderte ankommen lassen',
    description:
      'Junge Geflüchtete erhalten innerhalb von drei Monaten Sprachförderung, Beratung und einen Platz in Schule oder Ausbildungsvorbereitung.',
  },
];

/**
 * The demo initiative's progress on its checklist (all three phases), its actor table, existing bodies and shared
 * goal, inside the seed's transaction: a handful of multi-row inserts and updates.
 */
export async function seedPhaseOne(manager: EntityManager, initiativeId: string): Promise<void> {
  const members = (await manager.query(DEMO_MEMBERS, [initiativeId, `%@${DEMO_EMAIL_DOMAIN}`])) as {
    id: string;
    user_id: string;
    login: string;
  }[];
  const member = (login: string) => {
    const found = members.find((m) => m.login === login);
    if (!found) throw new Error(`The demo seed has no member "${login}"`);
    return found;
  };

  for (const step of DEMO_STEPS) {
    await manager.update(
      StepEntity,
      { initiativeId, key: step.key },
      {
        status: step.status,
        responsibleMemberId: member(step.responsible).id,
        dueDate: step.dueDate,
        note: step.note,
      },
    );
  }

  const { identifiers } = await manager.insert(
    ActorEntity,
    DEMO_ACTORS.map(({ representedBy: _representedBy, ...actor }) => ({ ...actor, initiativeId })),
  );
  const actorIds = new Map(
    DEMO_ACTORS.map((actor, i) => [actor.name, identifiers[i]?.['id'] as string]),
  );
  const actorId = (name: string) => {
    const id = actorIds.get(name);
    if (!id) throw new Error(`The demo seed has no actor "${name}"`);
    return id;
  };
  await manager.insert(
    ActorRepresentativeEntity,
    DEMO_ACTORS.flatMap((actor) =>
      actor.representedBy.map((login) => ({
        actorId: actorId(actor.name),
        membershipId: member(login).id,
      })),
    ),
  );

  const bodies = await manager.insert(
    ExistingBodyEntity,
    DEMO_BODIES.map(({ name, type, notes }) => ({ initiativeId, name, type, notes })),
  );
  await manager.insert(
    ExistingBodyMemberEntity,
    DEMO_BODIES.flatMap((body, i) =>
      body.members.map((name) => ({
        bodyId: bodies.identifiers[i]?.['id'] as string,
        actorId: actorId(name),
      })),
    ),
  );

  await manager.update(
    SharedGoalEntity,
    { initiativeId },
    {
      vision: DEMO_VISION,
      version: 2,
      updatedAt: () => 'now()',
      updatedBy: member('koordination').user_id,
    },
  );
  await manager.insert(
    GoalEntity,
    DEMO_GOALS.map((goal, index) => ({ ...goal, initiativeId, position: index + 1 })),
  );
}
