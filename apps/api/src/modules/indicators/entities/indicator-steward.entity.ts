import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A data steward (membership) who may enter the indicator's values; both FKs ON DELETE CASCADE. */
@Entity({ name: 'indicator_stewards' })
@Index('indicator_stewards_membership_id_idx', ['membershipId'])
export class IndicatorStewardEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  @ForeignKey('indicators', { name: 'indicator_stewards_indicator_id_fkey', onDelete: 'CASCADE' })
  indicatorId!: string;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  @ForeignKey('memberships', { name: 'indicator_stewards_membership_id_fkey', onDelete: 'CASCADE' })
  membershipId!: string;
}
