import { type EntityManager, In } from 'typeorm';
import type { FieldError } from '@gw/shared/contracts';
import { replaceLinks } from '../../common/database/links';
import { planKeyedList } from '../../common/lists/keyed-list-plan';
import { invalidField, invalidFields } from '../../common/validation/field-problem';
import {
  listReferences,
  type ReferenceCheck,
  referenceErrors,
  singleReference,
} from '../../common/validation/initiative-references';
import { findCycle, withDependencies } from './dependency-cycle';
import type { CreateMeasureDto, MilestoneInputDto, ResourcePledgeDto } from './dto/measure.dto';
import { MeasureActorEntity } from './entities/measure-actor.entity';
import { MeasureDependencyEntity } from './entities/measure-dependency.entity';
import { MeasureGoalEntity } from './entities/measure-goal.entity';
import { MeasureIndicatorEntity } from './entities/measure-indicator.entity';
import { MeasureMilestoneEntity } from './entities/measure-milestone.entity';
import { MeasureResourceEntity } from './entities/measure-resource.entity';
import type { MeasureEntity } from './entities/measure.entity';
import { DEPENDENCY_EDGES, MEASURE_TITLES } from './measures.queries';

/** The fields of a create or an update request (without `version`). */
export type MeasureFields = Partial<CreateMeasureDto>;

/**
 * Refuses ids that are not records of this initiative, an actor pledging twice and a measure
 * depending on itself: every such field in one 400.
 */
export async function assertMeasureInput(
  manager: EntityManager,
  initiativeId: string,
  input: MeasureFields,
  measureId?: string,
): Promise<void> {
  const errors = await referenceErrors(manager, initiativeId, referenceChecks(input));
  errors.push(...duplicatePledges(input.resources ?? []));
  (input.dependencyIds ?? []).forEach((id, index) => {
    if (id === measureId) {
      errors.push({
        field: `dependencyIds.${index}`,
        message: 'a measure cannot depend on itself',
        code: 'self_dependency',
      });
    }
  });
  if (errors.length > 0) throw invalidFields(errors);
}

function referenceChecks(input: MeasureFields): ReferenceCheck[] {
  const actors = {
    table: 'actors',
    message: 'must be the id of an actor of this initiative',
    code: 'unknown_actor',
  } as const;
  return [
    {
      table: 'goals',
      references: listReferences('goalIds', input.goalIds),
      message: 'goalIds must name goals of the shared goal of this initiative',
      code: 'unknown_goal',
    },
    {
      table: 'working_groups',
      references: singleReference('workingGroupId', input.workingGroupId),
      message: 'workingGroupId must be the id of a working group of this initiative',
      code: 'unknown_working_group',
    },
    { ...actors, references: singleReference('leadActorId', input.leadActorId) },
    { ...actors, references: listReferences('contributingActorIds', input.contributingActorIds) },
    {
      ...actors,
      references: (input.resources ?? []).map((pledge, index) => ({
        field: `resources.${index}.actorId`,
        id: pledge.actorId,
      })),
    },
    {
      table: 'measures',
      references: listReferences('dependencyIds', input.dependencyIds),
      message: 'dependencyIds must name measures of this initiative',
      code: 'unknown_measure',
    },
    {
      table: 'indicators',
      references: listReferences('indicatorIds', input.indicatorIds),
      message: 'indicatorIds must name indicators of this initiative',
      code: 'unknown_indicator',
    },
  ];
}

function duplicatePledges(resources: readonly ResourcePledgeDto[]): FieldError[] {
  const seen = new Set<string>();
  return resources.flatMap((pledge, index) => {
    const repeated = seen.has(pledge.actorId);
    seen.add(pledge.actorId);
    return repeated
      ? [
          {
            field: `resources.${index}.actorId`,
            message: 'each actor pledges once per measure; put everything into one pledge',
            code: 'duplicate',
          },
        ]
      : [];
  });
}

/** A measure cannot end before it starts. */
export function assertDateOrder(startDate: string | null, endDate: string | null): void {
  if (startDate !== null && endDate !== null && startDate > endDate) {
    throw invalidField('endDate', 'endDate must not be before startDate', 'before_start');
  }
}

/**
 * Refuses dependencies that would make a measure depend on itself through others. The caller
 * holds the initiative's lock, so that two changes cannot close a cycle together.
 */
export async function assertNoCycle(
  manager: EntityManager,
  initiativeId: string,
  measureId: string,
  dependsOn: readonly string[],
): Promise<void> {
  const edges = (await manager.query(DEPENDENCY_EDGES, [initiativeId])) as {
    measure_id: string;
    depends_on_id: string;
  }[];
  const graph = new Map<string, string[]>();
  for (const edge of edges) {
    graph.set(edge.measure_id, [...(graph.get(edge.measure_id) ?? []), edge.depends_on_id]);
  }
  const cycle = findCycle(withDependencies(graph, measureId, dependsOn), measureId);
  if (!cycle) return;
  const titles = (await manager.query(MEASURE_TITLES, [cycle])) as { id: string; title: string }[];
  const title = new Map(titles.map((row) => [row.id, row.title]));
  throw invalidField(
    'dependencyIds',
    `these dependencies would close a cycle: ${cycle.map((id) => `"${title.get(id) ?? id}"`).join(' → ')}. A measure cannot depend on itself, directly or through other measures.`,
    'dependency_cycle',
  );
}

/** The columns of the measure row that the request sets. */
export function scalarChanges(input: MeasureFields): Partial<MeasureEntity> {
  const changes: Partial<MeasureEntity> = {
    title: input.title,
    description: input.description,
    workingGroupId: input.workingGroupId,
    leadActorId: input.leadActorId,
    startDate: input.startDate,
    endDate: input.endDate,
    status: input.status,
    progress: input.progress,
    notes: input.notes,
  };
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}

/** Replaces every list the request gives: goals, actors, dependencies, indicators, pledges, milestones. */
export async function writeMeasureLinks(
  manager: EntityManager,
  measureId: string,
  input: MeasureFields,
): Promise<void> {
  const owner = { measureId };
  if (input.goalIds !== undefined) {
    const rows = input.goalIds.map((goalId) => ({ measureId, goalId }));
    await replaceLinks(manager, MeasureGoalEntity, owner, rows);
  }
  if (input.contributingActorIds !== undefined) {
    const rows = input.contributingActorIds.map((actorId) => ({ measureId, actorId }));
    await replaceLinks(manager, MeasureActorEntity, owner, rows);
  }
  if (input.dependencyIds !== undefined) {
    const rows = input.dependencyIds.map((dependsOnId) => ({ measureId, dependsOnId }));
    await replaceLinks(manager, MeasureDependencyEntity, owner, rows);
  }
  if (input.indicatorIds !== undefined) {
    const rows = input.indicatorIds.map((indicatorId) => ({ measureId, indicatorId }));
    await replaceLinks(manager, MeasureIndicatorEntity, owner, rows);
  }
  if (input.resources !== undefined) {
    const rows = input.resources.map((pledge, index) => ({
      measureId,
      actorId: pledge.actorId,
      eur: pledge.eur,
      staffHours: pledge.staffHours,
      inKind: pledge.inKind,
      position: index + 1,
    }));
    await replaceLinks(manager, MeasureResourceEntity, owner, rows);
  }
  if (input.milestones !== undefined) await replaceMilestones(manager, measureId, input.milestones);
}

/** Milestones with a known id are kept (and changed), new ones created, the rest deleted. */
async function replaceMilestones(
  manager: EntityManager,
  measureId: string,
  milestones: MilestoneInputDto[],
): Promise<void> {
  const existing = await manager.find(MeasureMilestoneEntity, {
    select: { id: true },
    where: { measureId },
  });
  const plan = planKeyedList(
    existing.map((milestone) => milestone.id),
    milestones,
    'milestones',
    'milestone',
  );
  if (plan.errors.length > 0) throw invalidFields(plan.errors);
  if (plan.delete.length > 0) {
    await manager.delete(MeasureMilestoneEntity, { id: In(plan.delete) });
  }
  for (const { id, ...fields } of plan.update) {
    await manager.update(MeasureMilestoneEntity, { id }, fields);
  }
  if (plan.create.length > 0) {
    await manager.insert(
      MeasureMilestoneEntity,
      plan.create.map((milestone) => ({ ...milestone, measureId })),
    );
  }
}
