import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** An actor that takes part in an existing body; both FKs ON DELETE CASCADE. */
@Entity({ name: 'existing_body_members' })
@Index('existing_body_members_actor_id_idx', ['actorId'])
export class ExistingBodyMemberEntity {
  @PrimaryColumn({ name: 'body_id', type: 'uuid' })
  @ForeignKey('existing_bodies', {
    name: 'existing_body_members_body_id_fkey',
    onDelete: 'CASCADE',
  })
  bodyId!: string;

  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  @ForeignKey('actors', { name: 'existing_body_members_actor_id_fkey', onDelete: 'CASCADE' })
  actorId!: string;
}
