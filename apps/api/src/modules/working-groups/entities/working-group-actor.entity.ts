import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** An actor taking part in a working group; both FKs ON DELETE CASCADE. */
@Entity({ name: 'working_group_actors' })
@Index('working_group_actors_actor_id_idx', ['actorId'])
export class WorkingGroupActorEntity {
  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' })
  @ForeignKey('working_groups', {
    name: 'working_group_actors_working_group_id_fkey',
    onDelete: 'CASCADE',
  })
  workingGroupId!: string;

  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  @ForeignKey('actors', { name: 'working_group_actors_actor_id_fkey', onDelete: 'CASCADE' })
  actorId!: string;
}
