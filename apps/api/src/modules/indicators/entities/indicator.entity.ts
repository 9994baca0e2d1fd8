import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
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
@Index('indicators_responsible_actor_id_idx', ['responsibleActorId'])
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('indicators_initiative_id_name_key', { synchronize: false })
@Check('indicators_direction_check', "direction IN ('higher_is_better', 'lower_is_better')")
@Check('indicators_category_check', "category IN ('how_much', 'how_well', 'better_off')")
@Check(
  'indicators_frequency_check',
  "frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly')",
)
@Check('indicators_visibility_check', "visibility IN ('internal', 'partners', 'public')")
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK initiatives(id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'indicators_initiative_id_fkey', onDelete: 'CASCADE' })
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
  @ForeignKey('actors', { name: 'indicators_responsible_actor_id_fkey', onDelete: 'SET NULL' })
  responsibleActorId!: string | null;

  @Column({ type: 'text', default: 'internal' })
  visibility!: IndicatorVisibility;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
