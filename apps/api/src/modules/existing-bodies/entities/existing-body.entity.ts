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
import type { BodyType } from '@gw/shared/contracts';

/** A Gremium, Arbeitskreis or Kooperationsvereinbarung that already exists locally. */
@Entity({ name: 'existing_bodies' })
@Index('existing_bodies_initiative_id_idx', ['initiativeId'])
@Check(
  'existing_bodies_type_check',
  "type IN ('committee', 'working_circle', 'cooperation_agreement')",
)
export class ExistingBodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK initiatives(id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'existing_bodies_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: BodyType;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
