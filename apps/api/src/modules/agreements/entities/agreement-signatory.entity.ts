import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A partner that has to sign a version, as the actor table stood when the version was submitted. */
@Entity({ name: 'agreement_signatories' })
@Index('agreement_signatories_actor_id_idx', ['actorId'])
export class AgreementSignatoryEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  @ForeignKey('artifact_versions', {
    name: 'agreement_signatories_version_id_fkey',
    onDelete: 'CASCADE',
  })
  versionId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  @ForeignKey('actors', { name: 'agreement_signatories_actor_id_fkey', onDelete: 'SET NULL' })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;
}
