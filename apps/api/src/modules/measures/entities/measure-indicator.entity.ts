import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** An indicator linked to a measure; both FKs ON DELETE CASCADE. */
@Entity({ name: 'measure_indicators' })
@Index('measure_indicators_indicator_id_idx', ['indicatorId'])
export class MeasureIndicatorEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  @ForeignKey('measures', { name: 'measure_indicators_measure_id_fkey', onDelete: 'CASCADE' })
  measureId!: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  @ForeignKey('indicators', { name: 'measure_indicators_indicator_id_fkey', onDelete: 'CASCADE' })
  indicatorId!: string;
}
