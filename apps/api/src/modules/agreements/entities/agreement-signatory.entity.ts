import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner that has to sign a version, as the actor table stood when the version was submitted. */
@Entity({ name: 'agreement_signatories' })
export class AgreementSignatoryEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;
}
