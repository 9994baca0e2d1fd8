import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A member's comment on one value; FK measurements(id) ON DELETE CASCADE. */
@Entity({ name: 'measurement_comments' })
@Index('measurement_comments_measurement_id_idx', ['measurementId', 'createdAt'])
@Index('measurement_comments_author_id_idx', ['authorId'])
export class MeasurementCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'measurement_id', type: 'uuid' })
  @ForeignKey('measurements', {
    name: 'measurement_comments_measurement_id_fkey',
    onDelete: 'CASCADE',
  })
  measurementId!: string;

  /** FK users(id) ON DELETE SET NULL. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'measurement_comments_author_id_fkey', onDelete: 'SET NULL' })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
