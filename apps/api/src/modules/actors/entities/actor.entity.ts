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
import type { ActorArea, ActorKind, ContactPerson } from '@gw/shared/contracts';

/** One row of the actor table (Akteurstabelle); names are unique per initiative, any case. */
@Entity({ name: 'actors' })
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('actors_initiative_id_name_key', { synchronize: false })
@Check(
  'actors_area_check',
  "area IN ('migration_integration', 'work_economy', 'social', 'education', 'other')",
)
@Check(
  'actors_kind_check',
  "kind IN ('administration', 'independent_provider', 'association', 'company', 'foundation', 'target_group_representation', 'politics', 'other')",
)
@Check('actors_contacts_array_check', "jsonb_typeof(contacts) = 'array'")
export class ActorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK initiatives(id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'actors_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  area!: ActorArea;

  @Column({ type: 'text' })
  kind!: ActorKind;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts!: ContactPerson[];

  @Column({ name: 'existing_cooperation', type: 'boolean', default: false })
  existingCooperation!: boolean;

  @Column({ name: 'planned_core_group', type: 'boolean', default: false })
  plannedCoreGroup!: boolean;

  @Column({ name: 'extended_forums', type: 'boolean', default: false })
  extendedForums!: boolean;

  @Column({ type: 'text', default: '' })
  contributions!: string;

  @Column({ type: 'text', default: '' })
  resources!: string;

  @Column({ type: 'text', default: '' })
  website!: string;

  @Column({ name: 'is_partner', type: 'boolean', default: false })
  isPartner!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
