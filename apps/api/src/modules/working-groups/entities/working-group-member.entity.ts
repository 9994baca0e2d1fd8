import { Entity, PrimaryColumn } from 'typeorm';

/** A member (membership) of a working group; both FKs ON DELETE CASCADE. */
@Entity({ name: 'working_group_members' })
export class WorkingGroupMemberEntity {
  @PrimaryColumn({ name: 'working_group_id', type: 'uuid' })
  workingGroupId!: string;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId!: string;
}
