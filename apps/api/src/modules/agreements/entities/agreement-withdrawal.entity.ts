import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A partner's Austritt from the agreement. */
@Entity({ name: 'agreement_withdrawals' })
@Index('agreement_withdrawals_artifact_id_idx', ['artifactId'])
@Index('agreement_withdrawals_actor_id_idx', ['actorId'])
@Index('agreement_withdrawals_recorded_by_idx', ['recordedBy'])
export class AgreementWithdrawalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'artifact_id', type: 'uuid' })
  @ForeignKey('artifacts', { name: 'agreement_withdrawals_artifact_id_fkey', onDelete: 'CASCADE' })
  artifactId!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  @ForeignKey('actors', { name: 'agreement_withdrawals_actor_id_fkey', onDelete: 'SET NULL' })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  /** A calendar date (YYYY-MM-DD), as PostgreSQL's `date` comes back. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'agreement_withdrawals_recorded_by_fkey', onDelete: 'SET NULL' })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
