import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { SharedGoal } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { staleVersion } from '../../common/problem/problem.exception';
import { invalidFields } from '../../common/validation/field-problem';
import type { UpdateSharedGoalDto } from './dto/update-shared-goal.dto';
import { GoalEntity } from './entities/goal.entity';
import { SharedGoalEntity } from './entities/shared-goal.entity';
import { planGoals } from './goal-plan';
import {
  ENSURE_SHARED_GOAL,
  type GoalRow,
  GOALS_OF_INITIATIVE,
  SHARED_GOAL_OF_INITIATIVE,
  type SharedGoalRow,
} from './shared-goal.queries';

@Injectable()
export class SharedGoalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  /** The empty shared goal, inside the transaction that creates the initiative. */
  async createEmpty(manager: EntityManager, initiativeId: string): Promise<void> {
    await manager.insert(SharedGoalEntity, { initiativeId });
  }

  async get(access: InitiativeAccess): Promise<SharedGoal> {
    const [shared] = await this.sql.rows<SharedGoalRow>(SHARED_GOAL_OF_INITIATIVE, [
      access.initiativeId,
    ]);
    const goals = await this.sql.rows<GoalRow>(GOALS_OF_INITIATIVE, [access.initiativeId]);
    return toSharedGoal(shared, goals);
  }

  /** Replaces the vision and the goals as one change, against the version the client read. */
  async replace(
    access: InitiativeAccess,
    user: AuthenticatedUser,
    dto: UpdateSharedGoalDto,
  ): Promise<SharedGoal> {
    const { initiativeId } = access;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(ENSURE_SHARED_GOAL, [initiativeId]);
      const shared = await manager.findOneOrFail(SharedGoalEntity, {
        where: { initiativeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (shared.version !== dto.version) throw staleVersion('shared goal');
      const existing = await manager.find(GoalEntity, {
        select: { id: true },
        where: { initiativeId },
      });
      const plan = planGoals(
        existing.map((goal) => goal.id),
        dto.goals,
      );
      if (plan.errors.length > 0) throw invalidFields(plan.errors);

      if (plan.delete.length > 0) await manager.delete(GoalEntity, { id: In(plan.delete) });
      for (const { id, ...fields } of plan.update) {
        await manager.update(GoalEntity, { id }, fields);
      }
      if (plan.create.length > 0) {
        await manager.insert(
          GoalEntity,
          plan.create.map((goal) => ({ ...goal, initiativeId })),
        );
      }
      await manager.update(
        SharedGoalEntity,
        { initiativeId },
        {
          vision: dto.vision,
          version: shared.version + 1,
          updatedAt: () => 'now()',
          updatedBy: user.id,
        },
      );
      const [row] = (await manager.query(SHARED_GOAL_OF_INITIATIVE, [
        initiativeId,
      ])) as SharedGoalRow[];
      const goals = (await manager.query(GOALS_OF_INITIATIVE, [initiativeId])) as GoalRow[];
      return toSharedGoal(row, goals);
    });
  }
}

function toSharedGoal(shared: SharedGoalRow | undefined, goals: GoalRow[]): SharedGoal {
  return {
    vision: shared?.vision ?? '',
    goals: goals.map((goal) => ({ ...goal })),
    version: shared?.version ?? 1,
    updatedAt: shared?.updated_at ? shared.updated_at.toISOString() : null,
  };
}
