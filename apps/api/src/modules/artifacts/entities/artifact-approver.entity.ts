import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A steering member asked to decide on a version, as the group stood when it was submitted. */
@Entity({ name: 'artifact_approvers' })
export class ArtifactApproverEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;
}
