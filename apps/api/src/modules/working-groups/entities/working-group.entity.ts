import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** An Arbeitsgruppe; names are unique per initiative, any case. */
@Entity({ name: 'working_groups' })
@Index('working_groups_lead_member_id_idx', ['leadMemberId'])
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('working_groups_initiative_id_name_key', { synchronize: false })
export class WorkingGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK initiatives(id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'working_groups_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  mandate!: string;

  /** FK memberships(id) ON DELETE SET NULL: a removed member leaves the group without lead. */
  @Column({ name: 'lead_member_id', type: 'uuid', nullable: true })
  @ForeignKey('memberships', { name: 'working_groups_lead_member_id_fkey', onDelete: 'SET NULL' })
  leadMemberId!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
