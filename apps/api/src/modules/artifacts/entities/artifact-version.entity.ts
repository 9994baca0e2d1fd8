import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { VersionStatus } from '@gw/shared/contracts';

/** A numbered version of an artifact; frozen (content and hash fixed) once submitted. */
@Entity({ name: 'artifact_versions' })
@Index('artifact_versions_artifact_id_number_key', ['artifactId', 'number'], { unique: true })
@Index('artifact_versions_content_hash_key', ['contentHash'], { unique: true })
@Index('artifact_versions_created_by_idx', ['createdBy'])
@Index('artifact_versions_submitted_by_idx', ['submittedBy'])
@Check(
  'artifact_versions_status_check',
  "status IN ('draft', 'signing', 'in_force', 'declined', 'submitted', 'approved', 'rejected', 'in_review', 'published', 'superseded')",
)
@Check('artifact_versions_hash_when_frozen_check', "(status = 'draft') = (content_hash IS NULL)")
export class ArtifactVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'artifact_id', type: 'uuid' })
  @ForeignKey('artifacts', { name: 'artifact_versions_artifact_id_fkey', onDelete: 'CASCADE' })
  artifactId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text', default: 'draft' })
  status!: VersionStatus;

  @Column({ type: 'jsonb' })
  content!: unknown;

  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'artifact_versions_created_by_fkey', onDelete: 'SET NULL' })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'artifact_versions_submitted_by_fkey', onDelete: 'SET NULL' })
  submittedBy!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
