import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { MeasurementStatus } from '@gw/shared/contracts';
import { numericColumn } from '../../../common/database/numeric.transformer';

/**
 * The current value of an indicator for one period and disaggregation cell; unique per
 * (indicator_id, period, cell_key). Earlier states live in measurement_revisions.
 */
@Entity({ name: 'measurements' })
@Index('measurements_indicator_id_period_cell_key', ['indicatorId', 'period', 'cellKey'], {
  unique: true,
})
@Index('measurements_entered_by_idx', ['enteredBy'])
@Index('measurements_reviewed_by_idx', ['reviewedBy'])
@Index('measurements_entered_at_idx', ['enteredAt'])
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('measurements_approved_idx', { synchronize: false })
@Index('measurements_cell_value_ids_idx', { synchronize: false })
@Index('measurements_approved_cell_period_idx', { synchronize: false })
@Index('measurements_reviewed_at_idx', { synchronize: false })
@Index('measurements_awaiting_review_idx', { synchronize: false })
@Check('measurements_status_check', "status IN ('submitted', 'approved', 'returned')")
@Check('measurements_cases_check', '(cases IS NULL) OR (cases >= 0)')
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK indicators(id) ON DELETE CASCADE. */
  @Column({ name: 'indicator_id', type: 'uuid' })
  @ForeignKey('indicators', { name: 'measurements_indicator_id_fkey', onDelete: 'CASCADE' })
  indicatorId!: string;

  /** `2026-11`, `2026-Q4`, `2026-H2` or `2026`, following the indicator's frequency. */
  @Column({ type: 'text' })
  period!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  /** Canonical `dimensionId:valueId` pairs sorted by dimension id, joined by `;`; '' for the total. */
  @Column({ name: 'cell_key', type: 'text', default: '' })
  cellKey!: string;

  /** The cell's dimension values, sorted. */
  @Column({ name: 'cell_value_ids', type: 'uuid', array: true, default: () => "'{}'" })
  cellValueIds!: string[];

  @Column({ type: 'numeric', transformer: numericColumn })
  value!: number;

  @Column({ type: 'integer', nullable: true })
  cases!: number | null;

  @Column({ name: 'source_note', type: 'text', default: '' })
  sourceNote!: string;

  @Column({ type: 'text' })
  status!: MeasurementStatus;

  /** FK users(id) ON DELETE SET NULL: who entered the value first. */
  @Column({ name: 'entered_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'measurements_entered_by_fkey', onDelete: 'SET NULL' })
  enteredBy!: string | null;

  @Column({ name: 'entered_at', type: 'timestamptz', default: () => 'now()' })
  enteredAt!: Date;

  /** FK users(id) ON DELETE SET NULL. */
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'measurements_reviewed_by_fkey', onDelete: 'SET NULL' })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
