import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  CollectionFrequency,
  IndicatorCategory,
  IndicatorDirection,
  IndicatorVisibility,
} from '@gw/shared/contracts';
import { numericColumn } from '../../../common/database/numeric.transformer';

/** A shared success indicator (gemeinsamer Erfolgsindikator); names unique per initiative. */
@Entity({ name: 'indicators' })
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK initiatives(id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  definition!: string;

  @Column({ type: 'text', default: '' })
  unit!: string;

  @Column({ type: 'text', default: 'higher_is_better' })
  direction!: IndicatorDirection;

  @Column({ type: 'text', default: 'how_much' })
  category!: IndicatorCategory;

  @Column({ name: 'baseline_value', type: 'numeric', nullable: true, transformer: numericColumn })
  baselineValue!: number | null;

  @Column({ name: 'baseline_date', type: 'date', nullable: true })
  baselineDate!: string | null;

  @Column({ type: 'text', default: 'yearly' })
  frequency!: CollectionFrequency;

  @Column({ name: 'data_source', type: 'text', default: '' })
  dataSource!: string;

  /** FK actors(id) ON DELETE SET NULL. */
  @Column({ name: 'responsible_actor_id', type: 'uuid', nullable: true })
  responsibleActorId!: string | null;

  @Column({ type: 'text', default: 'internal' })
  visibility!: IndicatorVisibility;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
