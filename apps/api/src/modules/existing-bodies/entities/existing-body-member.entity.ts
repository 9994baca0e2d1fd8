import { Entity, PrimaryColumn } from 'typeorm';

/** An actor that takes part in an existing body; both FKs ON DELETE CASCADE. */
@Entity({ name: 'existing_body_members' })
export class ExistingBodyMemberEntity {
  @PrimaryColumn({ name: 'body_id', type: 'uuid' })
  bodyId!: string;

  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  actorId!: string;
}
