import { Entity, PrimaryColumn } from 'typeorm';

/** A contributing actor of a measure; both FKs ON DELETE CASCADE. */
@Entity({ name: 'measure_actors' })
export class MeasureActorEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  measureId!: string;

  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  actorId!: string;
}
