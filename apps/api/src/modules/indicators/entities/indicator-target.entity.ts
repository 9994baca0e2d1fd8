import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericColumn } from '../../../common/database/numeric.transformer';

/** A target value of an indicator by a date; FK indicators(id) ON DELETE CASCADE. */
@Entity({ name: 'indicator_targets' })
export class IndicatorTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @Column({ type: 'numeric', transformer: numericColumn })
  value!: number;

  @Column({ name: 'target_date', type: 'date' })
  targetDate!: string;
}
