import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { VersionStatus } from '@gw/shared/contracts';

/** A numbered version of an artifact; frozen (content and hash fixed) once submitted. */
@Entity({ name: 'artifact_versions' })
export class ArtifactVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'artifact_id', type: 'uuid' })
  artifactId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text', default: 'draft' })
  status!: VersionStatus;

  @Column({ type: 'jsonb' })
  content!: unknown;

  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash!: string | null;

  @VersionColumn()
  version!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
