import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

@Entity({ name: 'artifact_comments' })
@Index('artifact_comments_version_id_created_at_idx', ['versionId', 'createdAt'])
@Index('artifact_comments_author_id_idx', ['authorId'])
@Index('artifact_comments_resolved_by_idx', ['resolvedBy'])
export class ArtifactCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey('artifact_versions', {
    name: 'artifact_comments_version_id_fkey',
    onDelete: 'CASCADE',
  })
  versionId!: string;

  @Column({ name: 'section_key', type: 'text' })
  sectionKey!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'artifact_comments_author_id_fkey', onDelete: 'SET NULL' })
  authorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'artifact_comments_resolved_by_fkey', onDelete: 'SET NULL' })
  resolvedBy!: string | null;
}
