import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MeasurementRevisionAction, MeasurementStatus } from '@gw/shared/contracts';
import { numericColumn } from '../../../common/database/numeric.transformer';

/**
 * An earlier state of a measurement and the change that ended it (who, when, why); append-only,
 * enforced by a trigger. FK measurements(id) ON DELETE CASCADE.
 */
@Entity({ name: 'measurement_revisions' })
export class MeasurementRevisionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'measurement_id', type: 'uuid' })
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
  changedBy!: string | null;

  /** Kept beside the id: the history must still say who when the account is gone. */
  @Column({ name: 'changed_by_name', type: 'text', nullable: true })
  changedByName!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @Column({ type: 'text', default: '' })
  reason!: string;
}
