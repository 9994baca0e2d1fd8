import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '../../../common/database/numeric.transformer';

/** A target value of an indicator by a date; FK indicators(id) ON DELETE CASCADE. */
@Entity({ name: 'indicator_targets' })
@Index('indicator_targets_indicator_id_target_date_idx', ['indicatorId', 'targetDate'])
export class IndicatorTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  @ForeignKey('indicators', { name: 'indicator_targets_indicator_id_fkey', onDelete: 'CASCADE' })
  indicatorId!: string;

  @Column({ type: 'numeric', transformer: numericColumn })
  value!: number;

  @Column({ name: 'target_date', type: 'date' })
  targetDate!: string;
}
