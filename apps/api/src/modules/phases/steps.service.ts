import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Phase,
  type PhaseOverview,
  PHASES,
  PROBLEM_TYPES,
  type Step,
} from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { invalidField } from '../../common/validation/field-problem';
import type { CreateStepDto, UpdateStepDto } from './dto/step.dto';
import { StepEntity } from './entities/step.entity';
import { buildPhaseOverview, defaultSteps, PHASE_LABELS } from './phase-order';
import {
  INITIATIVE_PHASE,
  LOCK_INITIATIVE_FOR_STEPS,
  LOCK_INITIATIVE_PHASE,
  MEMBER_OF_INITIATIVE,
  NEXT_STEP_POSITION,
  STEP_BY_ID,
  type StepRow,
  STEPS_OF_INITIATIVE,
} from './phases.queries';

@Injectable()
export class StepsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /** The predefined checklist, inside the transaction that creates the initiative. */
  async createDefaults(manager: EntityManager, initiativeId: string): Promise<void> {
    await manager.insert(StepEntity, defaultSteps(initiativeId));
  }

  async overview(access: InitiativeAccess): Promise<PhaseOverview[]> {
    const [initiative] = await this.sql.rows<{ phase: Phase }>(INITIATIVE_PHASE, [
      access.initiativeId,
    ]);
    if (!initiative) throw notFound('The initiative');
    const rows = await this.sql.rows<StepRow>(STEPS_OF_INITIATIVE, [access.initiativeId]);
    return buildPhaseOverview(initiative.phase, rows.map(toStep));
  }

  /** Adds a step of coordination's own at the end of its phase. */
  async create(access: InitiativeAccess, dto: CreateStepDto): Promise<Step> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK_INITIATIVE_FOR_STEPS, [access.initiativeId]);
      await assertPhaseOpen(manager, access.initiativeId, dto.phase);
      if (dto.responsibleMemberId) {
        await assertMember(manager, access.initiativeId, dto.responsibleMemberId);
      }
      const [{ position }] = (await manager.query(NEXT_STEP_POSITION, [
        access.initiativeId,
        dto.phase,
      ])) as { position: number }[];
      const { identifiers } = await manager.insert(StepEntity, {
        initiativeId: access.initiativeId,
        phase: dto.phase,
        title: dto.title,
        position,
        responsibleMemberId: dto.responsibleMemberId ?? null,
        dueDate: dto.dueDate ?? null,
        note: dto.note ?? '',
      });
      return this.read(manager, access.initiativeId, identifiers[0]?.['id'] as string);
    });
  }

  async update(access: InitiativeAccess, stepId: string, dto: UpdateStepDto): Promise<Step> {
    const { version, ...fields } = dto;
    const changes: Partial<StepEntity> = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    );
    return this.dataSource.transaction(async (manager) => {
      const step = await manager.findOne(StepEntity, {
        where: { id: stepId, initiativeId: access.initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!step) throw notFound('The step');
      await assertPhaseOpen(manager, access.initiativeId, step.phase);
      if (step.version !== version) throw staleVersion('step');
      if (changes.title !== undefined && step.key !== null) {
        throw invalidField(
          'title',
          'the title of a predefined step cannot be changed; only steps coordination added have one',
          'predefined_step',
        );
      }
      if (changes.responsibleMemberId) {
        await assertMember(manager, access.initiativeId, changes.responsibleMemberId);
      }
      // update() always increments the version and sets updated_at.
      await manager.update(StepEntity, { id: step.id }, changes);
      return this.read(manager, access.initiativeId, step.id);
    });
  }

  async remove(access: InitiativeAccess, stepId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const step = await manager.findOne(StepEntity, {
        where: { id: stepId, initiativeId: access.initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!step) throw notFound('The step');
      await assertPhaseOpen(manager, access.initiativeId, step.phase);
      if (step.key !== null) {
        throw new ProblemException(
          409,
          'The predefined steps of a phase cannot be deleted. Set the status "not_applicable" (entfällt) instead.',
          { type: PROBLEM_TYPES.conflict },
        );
      }
      await manager.delete(StepEntity, { id: step.id });
    });
  }

  private async read(manager: EntityManager, initiativeId: string, stepId: string): Promise<Step> {
    const [row] = (await manager.query(STEP_BY_ID, [initiativeId, stepId])) as StepRow[];
    if (!row) throw notFound('The step');
    return toStep(row);
  }
}

/**
 * The steps of a phase the initiative has left are its record: what was done before the phase
 * changed. They stay as they were; the phase's lock keeps a transition from passing in between.
 */
async function assertPhaseOpen(manager: EntityManager, initiativeId: string, phase: Phase) {
  const [initiative] = (await manager.query(LOCK_INITIATIVE_PHASE, [initiativeId])) as {
    phase: Phase;
  }[];
  if (!initiative || PHASES.indexOf(phase) >= PHASES.indexOf(initiative.phase)) return;
  throw new ProblemException(
    409,
    `The phase "${PHASE_LABELS[phase]}" is finished: its steps can no longer be added, changed or deleted.`,
    { type: PROBLEM_TYPES.phaseFinished },
  );
}

/** The responsible of a step must be a member of the same initiative. */
async function assertMember(manager: EntityManager, initiativeId: string, memberId: string) {
  const rows: unknown[] = await manager.query(MEMBER_OF_INITIATIVE, [memberId, initiativeId]);
  if (rows.length === 0) {
    throw invalidField(
      'responsibleMemberId',
      'responsibleMemberId must be the id of a member of this initiative',
      'not_a_member',
    );
  }
}

function toStep(row: StepRow): Step {
  return {
    id: row.id,
    phase: row.phase,
    key: row.key,
    title: row.title,
    position: row.position,
    status: row.status,
    responsible:
      row.responsible_member_id && row.responsible_name !== null
        ? { memberId: row.responsible_member_id, displayName: row.responsible_name }
        : null,
    dueDate: row.due_date,
    note: row.note,
    version: row.version,
  };
}
