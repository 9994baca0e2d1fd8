import { Entity, PrimaryColumn } from 'typeorm';

/** An actor taking part in a working group; both FKs ON DELETE CASCADE. */
@Entity({ name: 'working_group_actors' })
export class WorkingGroupActorEntity {
  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' })
  workingGroupId!: string;

  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  actorId!: string;
}
