import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type PhaseTransition, PROBLEM_TYPES } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException } from '../../common/problem/problem.exception';
import { InitiativesService } from '../initiatives/initiatives.service';
import { userRef } from '../users/user-ref.schema';
import type { DecideTransitionDto, ProposeTransitionDto } from './dto/phase-transition.dto';
import { PhaseTransitionEntity } from './entities/phase-transition.entity';
import { PhasePreconditions } from './phase-preconditions';
import { nextPhase, PHASE_LABELS } from './phase-order';
import { TRANSITION_BY_ID, type TransitionRow, TRANSITIONS_OF_INITIATIVE } from './phases.queries';

const transitionPending = () =>
  new ProblemException(
    409,
    'A phase transition is already waiting for the steering group. It must be decided or withdrawn before a new one can be proposed.',
    { type: PROBLEM_TYPES.transitionPending },
  );

const invalidState = (detail: string) =>
  new ProblemException(409, detail, { type: PROBLEM_TYPES.invalidState });

@Injectable()
export class PhaseTransitionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly preconditions: PhasePreconditions,
    private readonly initiatives: InitiativesService,
  ) {}

  /** The history, newest first. */
  async list(access: InitiativeAccess): Promise<PhaseTransition[]> {
    const rows = await this.sql.rows<TransitionRow>(TRANSITIONS_OF_INITIATIVE, [
      access.initiativeId,
    ]);
    return rows.map(toTransition);
  }

  /** Coordination proposes the next phase; at most one proposal waits at a time. */
  async propose(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    dto: ProposeTransitionDto,
  ): Promise<PhaseTransition> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const phase = await this.initiatives.lockPhase(manager, access.initiativeId);
        const pending = await manager.existsBy(PhaseTransitionEntity, {
          initiativeId: access.initiativeId,
          status: 'pending',
        });
        if (pending) throw transitionPending();
        const next = nextPhase(phase);
        if (next === null) {
          throw invalidState(
            `The initiative is already in its last phase, ${PHASE_LABELS[phase]}.`,
          );
        }
        if (dto.to !== next) {
          throw invalidState(
            `The initiative is in phase ${PHASE_LABELS[phase]}; only the next phase, ${PHASE_LABELS[next]}, can be proposed, not ${PHASE_LABELS[dto.to]}.`,
          );
        }
        await this.preconditions.assertMet(manager, access.initiativeId, dto.to);
        const { identifiers } = await manager.insert(PhaseTransitionEntity, {
          initiativeId: access.initiativeId,
          fromPhase: phase,
          toPhase: dto.to,
          rationale: dto.rationale,
          proposedBy: user.id,
        });
        return this.read(manager, access.initiativeId, identifiers[0]?.['id'] as string);
      });
    } catch (error) {
      // The partial unique index is the last guard against two proposals at once.
      if (isConstraint(error, 'phase_transitions_one_pending_key')) throw transitionPending();
      throw error;
    }
  }

  /** The steering group approves (the phase changes) or rejects a pending proposal. */
  async decide(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    transitionId: string,
    dto: DecideTransitionDto,
  ): Promise<PhaseTransition> {
    return this.dataSource.transaction(async (manager) => {
      const phase = await this.initiatives.lockPhase(manager, access.initiativeId);
      const transition = await this.lockPending(manager, access.initiativeId, transitionId);
      if (dto.decision === 'approve') {
        if (transition.fromPhase !== phase) {
          throw invalidState(
            `The proposal starts from ${PHASE_LABELS[transition.fromPhase]}, but the initiative is in ${PHASE_LABELS[phase]}.`,
          );
        }
        // What held at the proposal may have changed since (a withdrawn signature, ...).
        await this.preconditions.assertMet(manager, access.initiativeId, transition.toPhase);
        await this.initiatives.changePhase(manager, access.initiativeId, transition.toPhase);
      }
      await manager.update(
        PhaseTransitionEntity,
        { id: transition.id },
        {
          status: dto.decision === 'approve' ? 'approved' : 'rejected',
          decidedBy: user.id,
          decidedAt: () => 'now()',
          comment: dto.comment ? dto.comment : null,
        },
      );
      return this.read(manager, access.initiativeId, transition.id);
    });
  }

  /** Coordination takes back its pending proposal. */
  async withdraw(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    transitionId: string,
  ): Promise<PhaseTransition> {
    return this.dataSource.transaction(async (manager) => {
      const transition = await this.lockPending(manager, access.initiativeId, transitionId);
      await manager.update(
        PhaseTransitionEntity,
        { id: transition.id },
        { status: 'withdrawn', decidedBy: user.id, decidedAt: () => 'now()' },
      );
      return this.read(manager, access.initiativeId, transition.id);
    });
  }

  private async lockPending(manager: EntityManager, initiativeId: string, transitionId: string) {
    const transition = await manager.findOne(PhaseTransitionEntity, {
      where: { id: transitionId, initiativeId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!transition) throw notFound('The phase transition');
    if (transition.status !== 'pending') {
      throw invalidState(
        `This proposal is no longer pending: it was ${transition.status}. Only a pending proposal can be decided or withdrawn.`,
      );
    }
    return transition;
  }

  private async read(
    manager: EntityManager,
    initiativeId: string,
    transitionId: string,
  ): Promise<PhaseTransition> {
    const [row] = (await manager.query(TRANSITION_BY_ID, [
      initiativeId,
      transitionId,
    ])) as TransitionRow[];
    if (!row) throw notFound('The phase transition');
    return toTransition(row);
  }
}

function isConstraint(error: unknown, constraint: string): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { constraint?: string } | undefined)?.constraint === constraint
  );
}

function toTransition(row: TransitionRow): PhaseTransition {
  return {
    id: row.id,
    from: row.from_phase,
    to: row.to_phase,
    rationale: row.rationale,
    status: row.status,
    proposedBy: userRef(row.proposed_by, row.proposed_by_name),
    proposedAt: row.proposed_at.toISOString(),
    decidedBy: userRef(row.decided_by, row.decided_by_name),
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    comment: row.comment,
  };
}
