import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '../../../common/database/numeric.transformer';

/** What one actor pledges to a measure; FKs measures(id) and actors(id) ON DELETE CASCADE. */
@Entity({ name: 'measure_resources' })
@Index('measure_resources_measure_id_idx', ['measureId'])
@Index('measure_resources_actor_id_idx', ['actorId'])
export class MeasureResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'measure_id', type: 'uuid' })
  @ForeignKey('measures', { name: 'measure_resources_measure_id_fkey', onDelete: 'CASCADE' })
  measureId!: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  @ForeignKey('actors', { name: 'measure_resources_actor_id_fkey', onDelete: 'CASCADE' })
  actorId!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericColumn })
  eur!: number | null;

  @Column({
    name: 'staff_hours',
    type: 'numeric',
    precision: 12,
    scale: 2,
    nullable: true,
    transformer: numericColumn,
  })
  staffHours!: number | null;

  @Column({ name: 'in_kind', type: 'text', default: '' })
  inKind!: string;

  @Column({ type: 'integer' })
  position!: number;
}
