import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Role } from '@gw/shared/contracts';
import { UserEntity } from '../../users/entities/user.entity';

@Entity({ name: 'memberships' })
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('memberships_initiative_id_user_id_key', { synchronize: false })
@Index('memberships_user_id_idx', { synchronize: false })
@Check(
  'memberships_role_check',
  "role IN ('coordination', 'steering', 'working_group', 'partner', 'observer')",
)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'memberships_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'memberships_user_id_fkey' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  role!: Role;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
