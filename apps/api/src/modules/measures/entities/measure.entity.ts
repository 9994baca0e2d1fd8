import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { MeasureStatus } from '@gw/shared/contracts';

/** A Maßnahme of the action plan. */
@Entity({ name: 'measures' })
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK initiatives(id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** FK working_groups(id) ON DELETE SET NULL: a deleted group leaves its measures. */
  @Column({ name: 'working_group_id', type: 'uuid', nullable: true })
  workingGroupId!: string | null;

  /** FK actors(id) ON DELETE SET NULL. */
  @Column({ name: 'lead_actor_id', type: 'uuid', nullable: true })
  leadActorId!: string | null;

  /** Calendar dates; TypeORM hydrates `date` columns as 'YYYY-MM-DD' strings. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'text', default: 'planned' })
  status!: MeasureStatus;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
