import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A member (membership) of a working group; both FKs ON DELETE CASCADE. */
@Entity({ name: 'working_group_members' })
@Index('working_group_members_membership_id_idx', ['membershipId'])
export class WorkingGroupMemberEntity {
  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' })
  @ForeignKey('working_groups', {
    name: 'working_group_members_working_group_id_fkey',
    onDelete: 'CASCADE',
  })
  workingGroupId!: string;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  @ForeignKey('memberships', {
    name: 'working_group_members_membership_id_fkey',
    onDelete: 'CASCADE',
  })
  membershipId!: string;
}
