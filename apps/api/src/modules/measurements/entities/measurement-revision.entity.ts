import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MeasurementRevisionAction, MeasurementStatus } from '@gw/shared/contracts';
import { numericColumn } from '../../../common/database/numeric.transformer';

/**
 * An earlier state of a measurement and the change that ended it (who, when, why); append-only,
 * enforced by a trigger. FK measurements(id) ON DELETE CASCADE.
 */
@Entity({ name: 'measurement_revisions' })
@Index('measurement_revisions_measurement_id_idx', ['measurementId', 'id'])
@Index('measurement_revisions_changed_by_idx', ['changedBy'])
@Check('measurement_revisions_action_check', "action IN ('corrected', 'returned', 'approved')")
@Check('measurement_revisions_status_check', "status IN ('submitted', 'approved', 'returned')")
export class MeasurementRevisionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'measurement_id', type: 'uuid' })
  @ForeignKey('measurements', {
    name: 'measurement_revisions_measurement_id_fkey',
    onDelete: 'CASCADE',
  })
  measurementId!: string;

  @Column({ type: 'numeric', transformer: numericColumn })
  value!: number;

  @Column({ type: 'integer', nullable: true })
  cases!: number | null;

  @Column({ name: 'source_note', type: 'text' })
  sourceNote!: string;

  @Column({ type: 'text' })
  status!: MeasurementStatus;

  @Column({ type: 'text', default: 'corrected' })
  action!: MeasurementRevisionAction;

  /** FK users(id) ON DELETE SET NULL. */
  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'measurement_revisions_changed_by_fkey', onDelete: 'SET NULL' })
  changedBy!: string | null;

  /** Kept beside the id: the history must still say who when the account is gone. */
  @Column({ name: 'changed_by_name', type: 'text', nullable: true })
  changedByName!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @Column({ type: 'text', default: '' })
  reason!: string;
}
