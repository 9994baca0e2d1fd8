import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ApprovalDecision } from '@gw/shared/contracts';

/** A steering member's decision on one exact, frozen version. */
@Entity({ name: 'artifact_approvals' })
@Index('artifact_approvals_version_id_approver_id_key', ['versionId', 'approverId'], {
  unique: true,
})
@Index('artifact_approvals_approver_id_idx', ['approverId'])
@Check('artifact_approvals_decision_check', "decision IN ('approve', 'reject')")
export class ArtifactApprovalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  @ForeignKey('artifact_versions', {
    name: 'artifact_approvals_version_id_fkey',
    onDelete: 'CASCADE',
  })
  versionId!: string;

  @Column({ name: 'approver_id', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'artifact_approvals_approver_id_fkey', onDelete: 'SET NULL' })
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
