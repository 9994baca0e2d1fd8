import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, PROBLEM_TYPES } from '@gw/shared/contracts';
import type { InitiativeAccess } from '../../common/auth-context';
import { notFound, ProblemException } from '../../common/problem/problem.exception';
import { invalidField } from '../../common/validation/field-problem';
import { ADD_REPRESENTATIVE, MEMBERSHIP_OF_USER, REMOVE_REPRESENTATIVE } from './actors.queries';
import { readActor } from './actors.service';
import { ActorEntity } from './entities/actor.entity';

/** Which members represent an actor: a partner user signs for the actor it represents. */
@Injectable()
export class ActorRepresentativesService {
  constructor(private readonly dataSource: DataSource) {}

  async add(access: InitiativeAccess, actorId: string, userId: string): Promise<Actor> {
    return this.dataSource.transaction(async (manager) => {
      const actor = await manager.existsBy(ActorEntity, {
        id: actorId,
        initiativeId: access.initiativeId,
      });
      if (!actor) throw notFound('The actor');
      const [membership] = (await manager.query(MEMBERSHIP_OF_USER, [
        access.initiativeId,
        userId,
      ])) as { id: string }[];
      if (!membership) {
        throw invalidField(
          'userId',
          'userId must be the id of a user who is a member of this initiative',
          'not_a_member',
        );
      }
      const inserted: unknown[] = await manager.query(ADD_REPRESENTATIVE, [actorId, membership.id]);
      if (inserted.length === 0) {
        throw new ProblemException(409, 'This member already represents the actor.', {
          type: PROBLEM_TYPES.conflict,
        });
      }
      return readActor(manager, access.initiativeId, actorId);
    });
  }

  async remove(access: InitiativeAccess, actorId: string, userId: string): Promise<void> {
    // TypeORM answers a DELETE with [rows, affected].
    const [, affected] = (await this.dataSource.query(REMOVE_REPRESENTATIVE, [
      actorId,
      access.initiativeId,
      userId,
    ])) as [unknown[], number];
    if (affected === 0) throw notFound('The representative of this actor');
  }
}
