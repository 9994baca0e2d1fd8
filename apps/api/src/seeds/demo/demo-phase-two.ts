import type { EntityManager } from 'typeorm';
import { DimensionValueEntity } from '../../modules/indicators/entities/dimension-value.entity';
import { DimensionEntity } from '../../modules/indicators/entities/dimension.entity';
import { IndicatorDimensionEntity } from '../../modules/indicators/entities/indicator-dimension.entity';
import { IndicatorGoalEntity } from '../../modules/indicators/entities/indicator-goal.entity';
import { IndicatorStewardEntity } from '../../modules/indicators/entities/indicator-steward.entity';
import { IndicatorTargetEntity } from '../../modules/indicators/entities/indicator-target.entity';
import { IndicatorEntity } from '../../modules/indicators/entities/indicator.entity';
import { MeasureActorEntity } from '../../modules/measures/entities/measure-actor.entity';
import { MeasureDependencyEntity } from '../../modules/measures/entities/measure-dependency.entity';
import { MeasureGoalEntity } from '../../modules/measures/entities/measure-goal.entity';
import { MeasureIndicatorEntity } from '../../modules/measures/entities/measure-indicator.entity';
import { MeasureMilestoneEntity } from '../../modules/measures/entities/measure-milestone.entity';
import { MeasureResourceEntity } from '../../modules/measures/entities/measure-resource.entity';
import { MeasureEntity } from '../../modules/measures/entities/measure.entity';
import { WorkingGroupActorEntity } from '../../modules/working-groups/entities/working-group-actor.entity';
import { WorkingGroupMemberEntity } from '../../modules/working-groups/entities/working-group-member.entity';
import { WorkingGroupEntity } from '../../modules/working-groups/entities/working-group.entity';
import { DEMO_EMAIL_DOMAIN } from './demo-data';
import { DEMO_DIMENSIONS, DEMO_INDICATORS } from './demo-indicators';
import { DEMO_MEASURES, DEMO_WORKING_GROUPS } from './demo-measures';
import {
  ACTOR_IDS_BY_NAME,
  GOAL_IDS_BY_POSITION,
  MEMBERSHIP_IDS_BY_LOGIN,
} from './demo-seed.queries';

/** Looks up what phase 1 seeded (and what this seeds) by name, failing loudly on a typo. */
class Names {
  constructor(
    private readonly what: string,
    private readonly ids: Map<string, string>,
  ) {}

  static of(what: string, rows: { key: string; id: string }[]): Names {
    return new Names(what, new Map(rows.map((row) => [row.key, row.id])));
  }

  static inserted(what: string, keys: string[], identifiers: Record<string, unknown>[]): Names {
    return new Names(what, new Map(keys.map((key, i) => [key, identifiers[i]?.['id'] as string])));
  }

  id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`The demo seed has no ${this.what} "${key}"`);
    return id;
  }
}

/**
 * The demo initiative's Gestaltung work, inside the seed's transaction: working groups, measures
 * with milestones, pledges and dependencies, dimensions and shared indicators.
 */
export async function seedPhaseTwo(manager: EntityManager, initiativeId: string): Promise<void> {
  const query = async (sql: string, values: unknown[]) =>
    (await manager.query(sql, values)) as { key: string; id: string }[];
  const members = Names.of(
    'member',
    await query(MEMBERSHIP_IDS_BY_LOGIN, [initiativeId, `%@${DEMO_EMAIL_DOMAIN}`]),
  );
  const actors = Names.of('actor', await query(ACTOR_IDS_BY_NAME, [initiativeId]));
  const goals = Names.of('goal', await query(GOAL_IDS_BY_POSITION, [initiativeId]));
  const goalId = (position: number) => goals.id(String(position));

  const groups = await seedWorkingGroups(manager, initiativeId, members, actors);
  const measures = await seedMeasures(manager, initiativeId, { groups, actors, goalId });
  await seedIndicators(manager, initiativeId, { members, actors, measures, goalId });
}

async function seedWorkingGroups(
  manager: EntityManager,
  initiativeId: string,
  members: Names,
  actors: Names,
): Promise<Names> {
  const { identifiers } = await manager.insert(
    WorkingGroupEntity,
    DEMO_WORKING_GROUPS.map((group) => ({
      initiativeId,
      name: group.name,
      mandate: group.mandate,
      leadMemberId: members.id(group.lead),
    })),
  );
  const groups = Names.inserted(
    'working group',
    DEMO_WORKING_GROUPS.map((group) => group.name),
    identifiers,
  );
  await manager.insert(
    WorkingGroupMemberEntity,
    DEMO_WORKING_GROUPS.flatMap((group) =>
      group.members.map((login) => ({
        workingGroupId: groups.id(group.name),
        membershipId: members.id(login),
      })),
    ),
  );
  await manager.insert(
    WorkingGroupActorEntity,
    DEMO_WORKING_GROUPS.flatMap((group) =>
      group.actors.map((name) => ({
        workingGroupId: groups.id(group.name),
        actorId: actors.id(name),
      })),
    ),
  );
  return groups;
}

async function seedMeasures(
  manager: EntityManager,
  initiativeId: string,
  refs: { groups: Names; actors: Names; goalId: (position: number) => string },
): Promise<Names> {
  const { groups, actors, goalId } = refs;
  const { identifiers } = await manager.insert(
    MeasureEntity,
    DEMO_MEASURES.map((m) => ({
      initiativeId,
      title: m.title,
      description: m.description,
      workingGroupId: m.group ? groups.id(m.group) : null,
      leadActorId: actors.id(m.lead),
      startDate: m.startDate,
      endDate: m.endDate,
      status: m.status,
      progress: m.progress,
      notes: m.notes,
    })),
  );
  const measures = Names.inserted(
    'measure',
    DEMO_MEASURES.map((m) => m.title),
    identifiers,
  );
  const rows = <T>(build: (measureId: string, m: (typeof DEMO_MEASURES)[number]) => T[]) =>
    DEMO_MEASURES.flatMap((m) => build(measures.id(m.title), m));
  await manager.insert(
    MeasureGoalEntity,
    rows((measureId, m) => m.goals.map((position) => ({ measureId, goalId: goalId(position) }))),
  );
  await manager.insert(
    MeasureActorEntity,
    rows((measureId, m) => m.contributing.map((name) => ({ measureId, actorId: actors.id(name) }))),
  );
  await manager.insert(
    MeasureMilestoneEntity,
    rows((measureId, m) => m.milestones.map((ms, i) => ({ ...ms, measureId, position: i + 1 }))),
  );
  await manager.insert(
    MeasureResourceEntity,
    rows((measureId, m) =>
      m.resources.map((pledge, i) => ({
        measureId,
        actorId: actors.id(pledge.actor),
        eur: pledge.eur ?? null,
        staffHours: pledge.staffHours ?? null,
        inKind: pledge.inKind ?? '',
        position: i + 1,
      })),
    ),
  );
  await manager.insert(
    MeasureDependencyEntity,
    rows((measureId, m) =>
      m.dependsOn.map((title) => ({ measureId, dependsOnId: measures.id(title) })),
    ),
  );
  return measures;
}

async function seedIndicators(
  manager: EntityManager,
  initiativeId: string,
  refs: { members: Names; actors: Names; measures: Names; goalId: (position: number) => string },
): Promise<void> {
  const { members, actors, measures, goalId } = refs;
  const dimensionRows = await manager.insert(
    DimensionEntity,
    DEMO_DIMENSIONS.map((d, i) => ({ initiativeId, name: d.name, position: i + 1 })),
  );
  const dimensions = Names.inserted(
    'dimension',
    DEMO_DIMENSIONS.map((d) => d.name),
    dimensionRows.identifiers,
  );
  await manager.insert(
    DimensionValueEntity,
    DEMO_DIMENSIONS.flatMap((d) =>
      d.values.map((value, i) => ({ dimensionId: dimensions.id(d.name), value, position: i + 1 })),
    ),
  );

  const { identifiers } = await manager.insert(
    IndicatorEntity,
    DEMO_INDICATORS.map((i) => ({
      initiativeId,
      name: i.name,
      definition: i.definition,
      unit: i.unit,
      direction: i.direction,
      category: i.category,
      baselineValue: i.baseline.value,
      baselineDate: i.baseline.date,
      frequency: i.frequency,
      dataSource: i.dataSource,
      responsibleActorId: actors.id(i.responsible),
      visibility: i.visibility,
    })),
  );
  const indicators = Names.inserted(
    'indicator',
    DEMO_INDICATORS.map((i) => i.name),
    identifiers,
  );
  const rows = <T>(build: (indicatorId: string, i: (typeof DEMO_INDICATORS)[number]) => T[]) =>
    DEMO_INDICATORS.flatMap((i) => build(indicators.id(i.name), i));
  await manager.insert(
    IndicatorGoalEntity,
    rows((indicatorId, i) =>
      i.goals.map((position) => ({ indicatorId, goalId: goalId(position) })),
    ),
  );
  await manager.insert(
    IndicatorTargetEntity,
    rows((indicatorId, i) =>
      i.targets.map((target) => ({ indicatorId, value: target.value, targetDate: target.date })),
    ),
  );
  await manager.insert(
    IndicatorStewardEntity,
    rows((indicatorId, i) =>
      i.stewards.map((login) => ({ indicatorId, membershipId: members.id(login) })),
    ),
  );
  await manager.insert(
    IndicatorDimensionEntity,
    rows((indicatorId, i) =>
      i.dimensions.map((name) => ({ indicatorId, dimensionId: dimensions.id(name) })),
    ),
  );
  await manager.insert(
    MeasureIndicatorEntity,
    rows((indicatorId, i) =>
      i.measures.map((title) => ({ indicatorId, measureId: measures.id(title) })),
    ),
  );
}
