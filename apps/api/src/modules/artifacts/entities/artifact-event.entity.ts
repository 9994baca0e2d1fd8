import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AuditAction } from '@gw/shared/contracts';

/** One entry of an artifact's audit trail; the table refuses updates and deletes. */
@Entity({ name: 'artifact_events' })
@Index('artifact_events_artifact_id_id_idx', ['artifactId', 'id'])
@Index('artifact_events_actor_user_id_idx', ['actorUserId'])
@Index('artifact_events_created_at_idx', ['createdAt'])
export class ArtifactEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'artifact_id', type: 'uuid' })
  @ForeignKey('artifacts', { name: 'artifact_events_artifact_id_fkey', onDelete: 'CASCADE' })
  artifactId!: string;

  @Column({ name: 'version_number', type: 'integer', nullable: true })
  versionNumber!: number | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'artifact_events_actor_user_id_fkey', onDelete: 'SET NULL' })
  actorUserId!: string | null;

  /** Kept beside the id: the trail must still say who when the account is gone. */
  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail!: Record<string, string>;

  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
