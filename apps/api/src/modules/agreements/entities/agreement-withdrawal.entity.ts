import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner's Austritt from the agreement. */
@Entity({ name: 'agreement_withdrawals' })
export class AgreementWithdrawalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'artifact_id', type: 'uuid' })
  artifactId!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  /** A calendar date (YYYY-MM-DD), as PostgreSQL's `date` comes back. */
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
