import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ApprovalQuorum, Phase, TargetGroup } from '@gw/shared/contracts';

@Entity({ name: 'initiatives' })
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
  createdBy!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
