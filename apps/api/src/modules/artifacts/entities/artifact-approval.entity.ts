import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ApprovalDecision } from '@gw/shared/contracts';

/** A steering member's decision on one exact, frozen version. */
@Entity({ name: 'artifact_approvals' })
export class ArtifactApprovalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Column({ name: 'approver_id', type: 'uuid', nullable: true })
  approverId!: string | null;

  @Column({ name: 'approver_name', type: 'text' })
  approverName!: string;

  @Column({ type: 'text' })
  decision!: ApprovalDecision;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt!: Date;
}
