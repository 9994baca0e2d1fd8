import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { SignatureDecision } from '@gw/shared/contracts';

/** A signature or a decline, bound to the hash of the version it was given on. */
@Entity({ name: 'agreement_signatures' })
@Index('agreement_signatures_version_id_actor_id_key', ['versionId', 'actorId'], { unique: true })
@Index('agreement_signatures_actor_id_idx', ['actorId'])
@Index('agreement_signatures_signer_id_idx', ['signerId'])
@Check('agreement_signatures_decision_check', "decision IN ('sign', 'decline')")
@Check('agreement_signatures_kind_check', "kind IN ('round', 'accession')")
export class AgreementSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey('artifact_versions', {
    name: 'agreement_signatures_version_id_fkey',
    onDelete: 'CASCADE',
  })
  versionId!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  @ForeignKey('actors', { name: 'agreement_signatures_actor_id_fkey', onDelete: 'SET NULL' })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ name: 'signer_id', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'agreement_signatures_signer_id_fkey', onDelete: 'SET NULL' })
  signerId!: string | null;

  @Column({ name: 'signer_name', type: 'text' })
  signerName!: string;

  @Column({ type: 'text' })
  decision!: SignatureDecision;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'text' })
  kind!: 'round' | 'accession';

  @Column({ name: 'signed_at', type: 'timestamptz', default: () => 'now()' })
  signedAt!: Date;
}
