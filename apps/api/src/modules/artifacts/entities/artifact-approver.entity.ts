import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A steering member asked to decide on a version, as the group stood when it was submitted. */
@Entity({ name: 'artifact_approvers' })
@Index('artifact_approvers_user_id_idx', ['userId'])
export class ArtifactApproverEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  @ForeignKey('artifact_versions', {
    name: 'artifact_approvers_version_id_fkey',
    onDelete: 'CASCADE',
  })
  versionId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'artifact_approvers_user_id_fkey', onDelete: 'SET NULL' })
  userId!: string | null;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;
}
