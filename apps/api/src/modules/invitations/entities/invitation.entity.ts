import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@gw/shared/contracts';

/** An invitation to an initiative; only the SHA-256 of its token is stored. */
@Entity({ name: 'invitations' })
@Index('invitations_token_hash_key', ['tokenHash'], { unique: true })
@Index('invitations_initiative_id_created_at_idx', ['initiativeId', 'createdAt'])
@Index('invitations_invited_by_idx', ['invitedBy'])
@Index('invitations_accepted_by_idx', ['acceptedBy'])
@Check(
  'invitations_role_check',
  "role IN ('coordination', 'steering', 'working_group', 'partner', 'observer')",
)
@Check('invitations_email_lowercase_check', 'email = lower(email)')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'invitations_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'invitations_invited_by_fkey', onDelete: 'SET NULL' })
  invitedBy!: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'invitations_accepted_by_fkey', onDelete: 'SET NULL' })
  acceptedBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
