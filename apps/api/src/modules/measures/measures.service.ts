import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type BaselineChange,
  indicatorVisibilitiesFor,
  type Measure,
  type Page,
  PROBLEM_TYPES,
} from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { BaselineChangesService } from '../artifacts/baseline-changes.service';
import { HIDDEN_INDICATOR_IDS } from '../indicators/indicators.queries';
import { belongsToWorkingGroup } from '../working-groups/working-groups.service';
import type { CreateMeasureDto, UpdateMeasureDto } from './dto/measure.dto';
import type { ListMeasuresDto } from './dto/list-measures.dto';
import { MeasureEntity } from './entities/measure.entity';
import { measureEditRefusal } from './measure-rights';
import {
  LOCK_INITIATIVE_FOR_DEPENDENCIES,
  MEASURE_BY_ID,
  type MeasureContent,
  measureCount,
  measureListWhere,
  measurePage,
  MEASURES_OF_INITIATIVE,
  type MeasureRow,
  toMeasureContent,
} from './measures.queries';
import {
  assertDateOrder,
  assertMeasureInput,
  assertNoCycle,
  scalarChanges,
  writeMeasureLinks,
} from './measure-writes';

@Injectable()
export class MeasuresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly baselines: BaselineChangesService,
  ) {}

  /** One page of measures, filtered, in the plan's order; one statement for the whole page. */
  async list(access: InitiativeAccess, query: ListMeasuresDto): Promise<Page<Measure>> {
    const { where, params } = measureListWhere(query);
    const rows = await this.sql.rows<MeasureRow & { total: string }>(measurePage(where, params), [
      access.initiativeId,
      ...params,
      query.pageSize,
      query.offset,
    ]);
    let total = rows[0] ? Number(rows[0].total) : 0;
    if (rows.length === 0 && query.offset > 0) {
      const [count] = await this.sql.rows<{ total: number }>(measureCount(where), [
        access.initiativeId,
        ...params,
      ]);
      total = count?.total ?? 0;
    }
    return {
      items: await this.toMeasures(access, rows),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(access: InitiativeAccess, measureId: string): Promise<Measure> {
    const rows = await this.sql.rows<MeasureRow>(MEASURE_BY_ID, [access.initiativeId, measureId]);
    return this.toMeasure(access, foundRow(rows));
  }

  async create(access: InitiativeAccess, dto: CreateMeasureDto): Promise<Measure> {
    const { initiativeId } = access;
    const row = await this.dataSource.transaction(async (manager) => {
      // A new measure has no dependents yet, so its dependencies cannot close a cycle.
      await assertMeasureInput(manager, initiativeId, dto);
      assertDateOrder(dto.startDate ?? null, dto.endDate ?? null);
      const { identifiers } = await manager.insert(MeasureEntity, {
        initiativeId,
        ...scalarChanges(dto),
      });
      const id = identifiers[0]?.['id'] as string;
      await writeMeasureLinks(manager, id, dto);
      return readRow(manager, initiativeId, id);
    });
    return this.toMeasure(access, row);
  }

  /**
   * Coordination changes any field; a working-group member only status, progress, milestones
   * and notes of their own groups' measures (403 otherwise, before the version is compared).
   */
  async update(
    access: InitiativeAccess,
    measureId: string,
    dto: UpdateMeasureDto,
  ): Promise<Measure> {
    const { initiativeId } = access;
    const { version, ...input } = dto;
    const fields = Object.entries(input)
      .filter(([, value]) => value !== undefined)
      .map(([field]) => field);
    const row = await this.dataSource.transaction(async (manager) => {
      if (input.dependencyIds !== undefined) {
        // Serialises dependency changes of the initiative: two of them cannot close a cycle.
        await manager.query(LOCK_INITIATIVE_FOR_DEPENDENCIES, [initiativeId]);
      }
      const measure = await manager.findOne(MeasureEntity, {
        where: { id: measureId, initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!measure) throw notFound('The measure');
      const refusal = measureEditRefusal({
        role: access.role,
        fields,
        workingGroupId: measure.workingGroupId,
        memberOfGroup:
          access.role === 'working_group' &&
          measure.workingGroupId !== null &&
          (await belongsToWorkingGroup(manager, measure.workingGroupId, access.membershipId)),
      });
      if (refusal) throw new ProblemException(403, refusal, { type: PROBLEM_TYPES.forbidden });
      if (measure.version !== version) throw staleVersion('measure');

      await assertMeasureInput(manager, initiativeId, input, measure.id);
      assertDateOrder(
        input.startDate !== undefined ? input.startDate : measure.startDate,
        input.endDate !== undefined ? input.endDate : measure.endDate,
      );
      if (input.dependencyIds !== undefined) {
        await assertNoCycle(manager, initiativeId, measure.id, input.dependencyIds);
      }
      await writeMeasureLinks(manager, measure.id, input);
      // update() always increments the version, also when only the lists changed.
      await manager.update(MeasureEntity, { id: measure.id }, scalarChanges(input));
      return readRow(manager, initiativeId, measure.id);
    });
    return this.toMeasure(access, row);
  }

  /** Deletes the measure with its milestones, pledges and links, also as others' dependency. */
  async remove(access: InitiativeAccess, measureId: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(MeasureEntity)
      .delete({ id: measureId, initiativeId: access.initiativeId });
    if (result.affected !== 1) throw notFound('The measure');
  }

  /**
   * Every measure of the initiative as an action-plan baseline freezes it, by start date, then
   * title; in the caller's transaction.
   */
  async snapshot(manager: EntityManager, initiativeId: string): Promise<MeasureContent[]> {
    const rows = (await manager.query(MEASURES_OF_INITIATIVE, [initiativeId])) as MeasureRow[];
    return rows.map(toMeasureContent);
  }

  /** Completes a measure read in a transaction, once it has ended (the comparison reads apart). */
  private async toMeasure(access: InitiativeAccess, row: MeasureRow): Promise<Measure> {
    const [measure] = await this.toMeasures(access, [row]);
    return measure as Measure;
  }

  /**
   * The measures as the caller may read them: partners and observers see no internal indicator
   * among a measure's indicators, nor a baseline change that only such an indicator makes.
   */
  private async toMeasures(access: InitiativeAccess, rows: MeasureRow[]): Promise<Measure[]> {
    const hidden = await this.hiddenIndicatorIds(access);
    const contents = rows.map(toMeasureContent).map((measure) => ({
      ...measure,
      indicatorIds: measure.indicatorIds.filter((id) => !hidden.has(id)),
    }));
    const changes = await this.baselines.compare(access.initiativeId, contents, hidden);
    return rows.map((row, index) => ({
      ...(contents[index] as MeasureContent),
      version: row.version,
      updatedAt: row.updated_at.toISOString(),
      baselineChange: changes.get(row.id) ?? NO_BASELINE,
    }));
  }

  /** The initiative's indicators the caller's role may not see (none for the core roles). */
  private async hiddenIndicatorIds(access: InitiativeAccess): Promise<Set<string>> {
    const visible = indicatorVisibilitiesFor(access.role);
    if (visible.includes('internal')) return new Set();
    const rows = await this.sql.rows<{ id: string }>(HIDDEN_INDICATOR_IDS, [
      access.initiativeId,
      visible,
    ]);
    return new Set(rows.map((row) => row.id));
  }
}

async function readRow(
  manager: EntityManager,
  initiativeId: string,
  measureId: string,
): Promise<MeasureRow> {
  return foundRow((await manager.query(MEASURE_BY_ID, [initiativeId, measureId])) as MeasureRow[]);
}

function foundRow([row]: MeasureRow[]): MeasureRow {
  if (!row) throw notFound('The measure');
  return row;
}

/** For a measure the comparison does not name (it names every one it is given). */
const NO_BASELINE: BaselineChange = { kind: 'no_baseline', fields: [] };
