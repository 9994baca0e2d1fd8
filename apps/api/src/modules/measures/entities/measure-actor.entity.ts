import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A contributing actor of a measure; both FKs ON DELETE CASCADE. */
@Entity({ name: 'measure_actors' })
@Index('measure_actors_actor_id_idx', ['actorId'])
export class MeasureActorEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  @ForeignKey('measures', { name: 'measure_actors_measure_id_fkey', onDelete: 'CASCADE' })
  measureId!: string;

  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  @ForeignKey('actors', { name: 'measure_actors_actor_id_fkey', onDelete: 'CASCADE' })
  actorId!: string;
}
