import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SignatureDecision } from '@gw/shared/contracts';

/** A signature or a decline, bound to the hash of the version it was given on. */
@Entity({ name: 'agreement_signatures' })
export class AgreementSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName!: string;

  @Column({ name: 'signer_id', type: 'uuid', nullable: true })
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
