import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '../../../common/database/numeric.transformer';

/** What one actor pledges to a measure; FKs measures(id) and actors(id) ON DELETE CASCADE. */
@Entity({ name: 'measure_resources' })
export class MeasureResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'measure_id', type: 'uuid' })
  measureId!: string;

  @Column({ name: 'actor_id', type: 'uuid' })
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
