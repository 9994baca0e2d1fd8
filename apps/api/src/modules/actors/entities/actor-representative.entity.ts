import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A member who represents an actor (and signs for it); both FKs ON DELETE CASCADE. */
@Entity({ name: 'actor_representatives' })
export class ActorRepresentativeEntity {
  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  actorId!: string;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
