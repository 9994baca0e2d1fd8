import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** The common agenda of an initiative: one row per initiative, created with it. */
@Entity({ name: 'shared_goals' })
@Index('shared_goals_updated_by_idx', ['updatedBy'])
export class SharedGoalEntity {
  /** FK initiatives(id) ON DELETE CASCADE; also the primary key. */
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'shared_goals_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text', default: '' })
  vision!: string;

  /** Incremented by each replace; not a TypeORM @VersionColumn, the service sets it. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

  /** FK users(id) ON DELETE SET NULL. */
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'shared_goals_updated_by_fkey', onDelete: 'SET NULL' })
  updatedBy!: string | null;
}
