import { Entity, PrimaryColumn } from 'typeorm';

/** A data steward (membership) who may enter the indicator's values; both FKs ON DELETE CASCADE. */
@Entity({ name: 'indicator_stewards' })
export class IndicatorStewardEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId!: string;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;
}
