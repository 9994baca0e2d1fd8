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
import type { ApprovalQuorum, Phase, TargetGroup } from '@gw/shared/contracts';

@Entity({ name: 'initiatives' })
@Index('initiatives_created_by_idx', ['createdBy'])
@Check('initiatives_phase_check', "phase IN ('initiierung', 'gestaltung', 'umsetzung')")
@Check(
  'initiatives_target_groups_check',
  "target_groups <@ ARRAY['young_people', 'seniors', 'refugees', 'families']",
)
@Check('initiatives_approval_quorum_check', "approval_quorum IN ('all', 'majority', 'any')")
@Check(
  'initiatives_suppression_threshold_check',
  '(suppression_threshold >= 1) AND (suppression_threshold <= 100)',
)
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'target_groups', type: 'text', array: true, default: () => "'{}'" })
  targetGroups!: TargetGroup[];

  @Column({ name: 'custom_target_groups', type: 'text', array: true, default: () => "'{}'" })
  customTargetGroups!: string[];

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  districts!: string[];

  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @Column({ type: 'text', default: 'initiierung' })
  phase!: Phase;

  @Column({ name: 'approval_quorum', type: 'text', default: 'majority' })
  approvalQuorum!: ApprovalQuorum;

  @Column({ name: 'suppression_threshold', type: 'integer', default: 5 })
  suppressionThreshold!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'initiatives_created_by_fkey', onDelete: 'SET NULL' })
  createdBy!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
