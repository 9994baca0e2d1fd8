import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Initiative,
  type InitiativeSummary,
  type Page,
  type Phase,
  PROBLEM_TYPES,
  type Role,
} from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { ArtifactChangesService } from '../artifacts/artifact-changes.service';
import { MembersService } from '../members/members.service';
import { StepsService } from '../phases/steps.service';
import { SharedGoalService } from '../shared-goal/shared-goal.service';
import type { CreateInitiativeDto, UpdateInitiativeDto } from './dto/initiative.dto';
import { InitiativeEntity } from './entities/initiative.entity';
import {
  INITIATIVE_BY_ID,
  INITIATIVE_COUNT_OF_USER,
  INITIATIVES_OF_USER,
  type SummaryRow,
} from './initiatives.queries';

@Injectable()
export class InitiativesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly members: MembersService,
    private readonly steps: StepsService,
    private readonly sharedGoal: SharedGoalService,
    private readonly artifacts: ArtifactChangesService,
  ) {}

  /**
   * Creates the initiative with what every initiative has, and makes its creator the first
   * coordination member, atomically.
   */
  async create(dto: CreateInitiativeDto, userId: string): Promise<Initiative> {
    return this.dataSource.transaction(async (manager) => {
      const entity = manager.create(InitiativeEntity, {
        name: dto.name,
        description: dto.description ?? '',
        targetGroups: dto.targetGroups,
        customTargetGroups: dto.customTargetGroups ?? [],
        municipality: dto.region.municipality,
        districts: dto.region.districts,
        owner: dto.owner ?? null,
        createdBy: userId,
      });
      const saved = await manager.save(entity);
      await this.members.add(manager, saved.id, userId, 'coordination');
      await this.scaffold(manager, saved.id);
      return toInitiative(saved, 'coordination');
    });
  }

  /**
   * What every new initiative starts with: the checklist steps of the three phases, an empty
   * shared goal, the cooperation agreement and the action plan (their first versions are made
   * on request).
   */
  async scaffold(manager: EntityManager, initiativeId: string): Promise<void> {
    await this.steps.createDefaults(manager, initiativeId);
    await this.sharedGoal.createEmpty(manager, initiativeId);
    await this.artifacts.createArtifacts(manager, initiativeId, [
      { kind: 'agreement', title: 'Kooperationsvereinbarung' },
      { kind: 'action_plan', title: 'Aktionsplan' },
    ]);
  }

  /** The caller's initiatives, newest first; a user sees nothing they are not a member of. */
  async listForUser(userId: string, query: PageQueryDto): Promise<Page<InitiativeSummary>> {
    const rows = await this.sql.prepared<SummaryRow>('initiatives-of-user', INITIATIVES_OF_USER, [
      userId,
      query.pageSize,
      query.offset,
    ]);
    const total = rows[0] ? Number(rows[0].total) : await this.countForUser(userId, query.offset);
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: row.name,
        municipality: row.municipality,
        phase: row.phase,
        myRole: row.role,
        createdAt: row.created_at.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(access: InitiativeAccess): Promise<Initiative> {
    const [row] = await this.sql.prepared<InitiativeEntity>('initiative-by-id', INITIATIVE_BY_ID, [
      access.initiativeId,
    ]);
    if (!row) throw notFound('The initiative');
    return toInitiative(row, access.role);
  }

  async update(access: InitiativeAccess, dto: UpdateInitiativeDto): Promise<Initiative> {
    const { version, region, ...fields } = dto;
    const changes: Partial<InitiativeEntity> = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    );
    if (region) {
      changes.municipality = region.municipality;
      changes.districts = region.districts;
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(InitiativeEntity, {
        where: { id: access.initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('The initiative');
      if (current.version !== version) throw staleVersion('initiative');
      const next = Object.assign(current, changes);
      if (next.targetGroups.length + next.customTargetGroups.length === 0) {
        throw new ProblemException(400, 'The request has an invalid field.', {
          type: PROBLEM_TYPES.validation,
          errors: [
            {
              field: 'targetGroups',
              message: 'choose at least one target group or enter one as free text',
            },
          ],
        });
      }
      return toInitiative(await manager.save(next), access.role);
    });
  }

  /** The initiative's name, for the invitation mail and the invitation's preview. */
  async nameOf(
    initiativeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const initiative = await manager.findOneByOrFail(InitiativeEntity, { id: initiativeId });
    return initiative.name;
  }

  /** Locks the initiative for a phase transition (in the caller's transaction): its phase. */
  async lockPhase(manager: EntityManager, initiativeId: string): Promise<Phase> {
    const initiative = await manager.findOne(InitiativeEntity, {
      where: { id: initiativeId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!initiative) throw notFound('The initiative');
    return initiative.phase;
  }

  /** Moves the initiative to the approved phase; update() also moves its version. */
  async changePhase(manager: EntityManager, initiativeId: string, phase: Phase): Promise<void> {
    await manager.update(InitiativeEntity, { id: initiativeId }, { phase });
  }

  private async countForUser(userId: string, offset: number): Promise<number> {
    if (offset === 0) return 0;
    const [{ total }] = await this.sql.rows<{ total: number }>(INITIATIVE_COUNT_OF_USER, [userId]);
    return total;
  }
}

function toInitiative(entity: InitiativeEntity, myRole: Role): Initiative {
  return {
    id: entity.id,
    name: entity.name,
    description: entity.description,
    targetGroups: entity.targetGroups,
    customTargetGroups: entity.customTargetGroups,
    region: { municipality: entity.municipality, districts: entity.districts },
    owner: entity.owner,
    phase: entity.phase,
    approvalQuorum: entity.approvalQuorum,
    suppressionThreshold: entity.suppressionThreshold,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    myRole,
  };
}
