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

/** A disaggregation dimension (Stadtteil, Altersgruppe) an initiative maintains. */
@Entity({ name: 'dimensions' })
// Partial, expression, covering, GIN or descending: beyond TypeORM, defined by the migrations.
@Index('dimensions_initiative_id_name_key', { synchronize: false })
export class DimensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** FK initiatives(id) ON DELETE CASCADE. */
  @Column({ name: 'initiative_id', type: 'uuid' })
  @ForeignKey('initiatives', { name: 'dimensions_initiative_id_fkey', onDelete: 'CASCADE' })
  initiativeId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  position!: number;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
