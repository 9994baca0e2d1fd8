import { Entity, PrimaryColumn } from 'typeorm';

/** An indicator linked to a measure; both FKs ON DELETE CASCADE. */
@Entity({ name: 'measure_indicators' })
export class MeasureIndicatorEntity {
  @PrimaryColumn({ name: 'measure_id', type: 'uuid' })
  measureId!: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;
}
