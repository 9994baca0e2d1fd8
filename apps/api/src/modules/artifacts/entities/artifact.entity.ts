import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ArtifactKind } from '@gw/shared/contracts';

/** A tracked product of an initiative: the agreement, the action plan or an impact report. */
@Entity({ name: 'artifacts' })
@Index('artifacts_initiative_id_kind_idx', ['initiativeId', 'kind'])
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('artifacts_initiative_id_single_kind_key', { synchronize: false })
@Check('artifacts_kind_check', "kind IN ('agreement', 'action_plan', 'impact_report')")
export class ArtifactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'artifacts_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text' })
  kind!: ArtifactKind;

  @Column({ type: 'text' })
  title!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
