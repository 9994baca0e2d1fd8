import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  type CollectionPlanEntry,
  INDICATOR_VISIBILITIES,
  type Indicator,
  indicatorVisibilitiesFor,
  type IndicatorVisibility,
} from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { replaceLinks } from '../../common/database/links';
import { SqlService } from '../../common/database/sql.service';
import { assertNameFree, transactionWithUniqueName } from '../../common/database/unique-name';
import { planKeyedList } from '../../common/lists/keyed-list-plan';
import { notFound, staleVersion } from '../../common/problem/problem.exception';
import { invalidFields } from '../../common/validation/field-problem';
import {
  assertReferences,
  listReferences,
  type ReferenceCheck,
  singleReference,
} from '../../common/validation/initiative-references';
import { calendarDateIn } from './collection-period';
import { collectionPlan, deliveredSince } from './collection-plan';
import type {
  CreateIndicatorDto,
  IndicatorTargetInputDto,
  UpdateIndicatorDto,
} from './dto/indicator.dto';
import { IndicatorDimensionEntity } from './entities/indicator-dimension.entity';
import { IndicatorGoalEntity } from './entities/indicator-goal.entity';
import { IndicatorStewardEntity } from './entities/indicator-steward.entity';
import { IndicatorTargetEntity } from './entities/indicator-target.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import {
  INDICATOR_BY_ID,
  INDICATORS_OF_INITIATIVE,
  type IndicatorRow,
  toIndicator,
} from './indicators.queries';
import { DELIVERED_PERIODS, type DeliveredPeriodsRow } from './indicators-measured-values.queries';
import { assertMeasuredValuesFit } from './measured-values-guard';

const WHAT = 'An indicator';
const NAME_INDEX = 'indicators_initiative_id_name_key';
/** The initiatives are German municipalities: "today" is today in Germany. */
const TIME_ZONE = 'Europe/Berlin';

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /** Every indicator of the initiative the caller may see, by name (a short list: no pages). */
  async list(access: InitiativeAccess): Promise<Indicator[]> {
    const rows = await this.sql.rows<IndicatorRow>(INDICATORS_OF_INITIATIVE, [
      access.initiativeId,
      indicatorVisibilitiesFor(access.role),
    ]);
    return rows.map(toIndicator);
  }

  async get(access: InitiativeAccess, indicatorId: string): Promise<Indicator> {
    return foundIndicator(
      await this.sql.rows<IndicatorRow>(INDICATOR_BY_ID, [
        access.initiativeId,
        indicatorId,
        indicatorVisibilitiesFor(access.role),
      ]),
    );
  }

  /**
   * The data collection plan on a day: per indicator the past periods still without a value and
   * the period that contains the day, each due two weeks after it ends; by due date, then name.
   */
  async collectionPlan(access: InitiativeAccess, date?: string): Promise<CollectionPlanEntry[]> {
    const day = date ?? calendarDateIn(TIME_ZONE, new Date());
    const [indicators, delivered] = await Promise.all([
      this.list(access),
      this.sql.rows<DeliveredPeriodsRow>(DELIVERED_PERIODS, [
        access.initiativeId,
        indicatorVisibilitiesFor(access.role),
        deliveredSince(day),
      ]),
    ]);
    return collectionPlan(indicators, delivered, day);
  }

  async create(access: InitiativeAccess, dto: CreateIndicatorDto): Promise<Indicator> {
    const { initiativeId } = access;
    const guard = { constraint: NAME_INDEX, what: WHAT, name: dto.name };
    return transactionWithUniqueName(this.dataSource, guard, async (manager) => {
      await assertReferences(manager, initiativeId, referenceChecks(dto));
      await assertNameFree(manager, 'indicators', initiativeId, dto.name, WHAT);
      const { identifiers } = await manager.insert(IndicatorEntity, {
        initiativeId,
        ...scalarChanges(dto),
      });
      const id = identifiers[0]?.['id'] as string;
      await writeLinks(manager, id, dto);
      return readIndicator(manager, initiativeId, id);
    });
  }

  async update(
    access: InitiativeAccess,
    indicatorId: string,
    dto: UpdateIndicatorDto,
  ): Promise<Indicator> {
    const { initiativeId } = access;
    const guard = { constraint: NAME_INDEX, what: WHAT, name: dto.name };
    return transactionWithUniqueName(this.dataSource, guard, async (manager) => {
      const indicator = await manager.findOne(IndicatorEntity, {
        where: { id: indicatorId, initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!indicator) throw notFound('The indicator');
      if (indicator.version !== dto.version) throw staleVersion('indicator');
      await assertMeasuredValuesFit(manager, indicator, dto);
      await assertReferences(manager, initiativeId, referenceChecks(dto));
      if (dto.name !== undefined) {
        await assertNameFree(manager, 'indicators', initiativeId, dto.name, WHAT, indicator.id);
      }
      await writeLinks(manager, indicator.id, dto);
      // update() always increments the version, also when only the links changed.
      await manager.update(IndicatorEntity, { id: indicator.id }, scalarChanges(dto));
      return readIndicator(manager, initiativeId, indicator.id);
    });
  }

  /** Deletes the indicator with its targets and links; measures just lose the link. */
  async remove(access: InitiativeAccess, indicatorId: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(IndicatorEntity)
      .delete({ id: indicatorId, initiativeId: access.initiativeId });
    if (result.affected !== 1) throw notFound('The indicator');
  }
}

export async function readIndicator(
  manager: EntityManager,
  initiativeId: string,
  indicatorId: string,
  visibilities: readonly IndicatorVisibility[] = INDICATOR_VISIBILITIES,
): Promise<Indicator> {
  return foundIndicator(
    (await manager.query(INDICATOR_BY_ID, [
      initiativeId,
      indicatorId,
      visibilities,
    ])) as IndicatorRow[],
  );
}

function foundIndicator([row]: IndicatorRow[]): Indicator {
  if (!row) throw notFound('The indicator');
  return toIndicator(row);
}

/** The columns of the indicator row that the request sets. */
function scalarChanges(dto: CreateIndicatorDto | UpdateIndicatorDto): Partial<IndicatorEntity> {
  const changes: Partial<IndicatorEntity> = {
    name: dto.name,
    definition: dto.definition,
    unit: dto.unit,
    direction: dto.direction,
    category: dto.category,
    frequency: dto.frequency,
    dataSource: dto.dataSource,
    responsibleActorId: dto.responsibleActorId,
    visibility: dto.visibility,
    baselineValue: dto.baseline?.value,
    baselineDate: dto.baseline?.date,
  };
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}

function referenceChecks(dto: CreateIndicatorDto | UpdateIndicatorDto): ReferenceCheck[] {
  return [
    {
      table: 'goals',
      references: listReferences('goalIds', dto.goalIds),
      message: 'goalIds must name goals of the shared goal of this initiative',
      code: 'unknown_goal',
    },
    {
      table: 'actors',
      references: singleReference('responsibleActorId', dto.responsibleActorId),
      message: 'responsibleActorId must be the id of an actor of this initiative',
      code: 'unknown_actor',
    },
    {
      table: 'memberships',
      references: listReferences('stewardMemberIds', dto.stewardMemberIds),
      message: 'stewardMemberIds must name members (memberships) of this initiative',
      code: 'not_a_member',
    },
    {
      table: 'dimensions',
      references: listReferences('dimensionIds', dto.dimensionIds),
      message: 'dimensionIds must name dimensions of this initiative',
      code: 'unknown_dimension',
    },
  ];
}

/** Replaces the goals, stewards, dimensions and targets that the request gives. */
async function writeLinks(
  manager: EntityManager,
  indicatorId: string,
  dto: CreateIndicatorDto | UpdateIndicatorDto,
): Promise<void> {
  if (dto.goalIds !== undefined) {
    await replaceLinks(
      manager,
      IndicatorGoalEntity,
      { indicatorId },
      dto.goalIds.map((goalId) => ({ indicatorId, goalId })),
    );
  }
  if (dto.stewardMemberIds !== undefined) {
    await replaceLinks(
      manager,
      IndicatorStewardEntity,
      { indicatorId },
      dto.stewardMemberIds.map((membershipId) => ({ indicatorId, membershipId })),
    );
  }
  if (dto.dimensionIds !== undefined) {
    await replaceLinks(
      manager,
      IndicatorDimensionEntity,
      { indicatorId },
      dto.dimensionIds.map((dimensionId) => ({ indicatorId, dimensionId })),
    );
  }
  if (dto.targets !== undefined) await replaceTargets(manager, indicatorId, dto.targets);
}

/** Targets with a known id are kept (and changed), new ones created, the rest deleted. */
async function replaceTargets(
  manager: EntityManager,
  indicatorId: string,
  targets: IndicatorTargetInputDto[],
): Promise<void> {
  const existing = await manager.find(IndicatorTargetEntity, {
    select: { id: true },
    where: { indicatorId },
  });
  const plan = planKeyedList(
    existing.map((target) => target.id),
    targets,
    'targets',
    'target',
  );
  if (plan.errors.length > 0) throw invalidFields(plan.errors);
  if (plan.delete.length > 0) await manager.delete(IndicatorTargetEntity, { id: In(plan.delete) });
  for (const { id, value, date } of plan.update) {
    await manager.update(IndicatorTargetEntity, { id }, { value, targetDate: date });
  }
  if (plan.create.length > 0) {
    await manager.insert(
      IndicatorTargetEntity,
      plan.create.map(({ value, date }) => ({ indicatorId, value, targetDate: date })),
    );
  }
}
