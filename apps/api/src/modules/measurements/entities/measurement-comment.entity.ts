import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member's comment on one value; FK measurements(id) ON DELETE CASCADE. */
@Entity({ name: 'measurement_comments' })
export class MeasurementCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'measurement_id', type: 'uuid' })
  measurementId!: string;

  /** FK users(id) ON DELETE SET NULL. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
