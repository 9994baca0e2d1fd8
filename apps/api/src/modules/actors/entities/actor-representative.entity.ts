import { CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A member who represents an actor (and signs for it); both FKs ON DELETE CASCADE. */
@Entity({ name: 'actor_representatives' })
@Index('actor_representatives_membership_id_idx', ['membershipId'])
export class ActorRepresentativeEntity {
  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  @ForeignKey('actors', { name: 'actor_representatives_actor_id_fkey', onDelete: 'CASCADE' })
  actorId!: string;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  @ForeignKey('memberships', {
    name: 'actor_representatives_membership_id_fkey',
    onDelete: 'CASCADE',
  })
  membershipId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
