import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ARTIFACT_KINDS,
  type Artifact,
  type ArtifactComment,
  type ArtifactKind,
  type ArtifactSummary,
  type ArtifactVersion,
  type ArtifactVersionSummary,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEvent,
  DIFF_PART_TYPES,
  type DiffPart,
  type DiffPartType,
  type SectionDiff,
  type UserRef,
  type VersionDiff,
  VERSION_STATUSES,
  type VersionStatus,
} from '@gw/shared/contracts';
import { PageSchema } from '../../common/swagger/page.schema';
import { UserRefSchema } from '../users/user-ref.schema';

export class ArtifactVersionSummarySchema implements ArtifactVersionSummary {
  @ApiProperty({ example: 1 })
  number!: number;

  @ApiProperty({ enum: VERSION_STATUSES })
  status!: VersionStatus;

  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 (hex), set on submission' })
  contentHash!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  createdBy!: UserRef | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  submittedBy!: UserRef | null;
}

export class ArtifactSummarySchema implements ArtifactSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ARTIFACT_KINDS })
  kind!: ArtifactKind;

  @ApiProperty({ example: 'Kooperationsvereinbarung' })
  title!: string;

  @ApiProperty({ type: ArtifactVersionSummarySchema, nullable: true })
  latestVersion!: ArtifactVersionSummary | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class ArtifactSchema extends ArtifactSummarySchema implements Artifact {
  @ApiProperty({ type: [ArtifactVersionSummarySchema], description: 'Newest first' })
  versions!: ArtifactVersionSummary[];
}

export class ArtifactVersionSchema extends ArtifactVersionSummarySchema implements ArtifactVersion {
  @ApiProperty({ format: 'uuid' })
  artifactId!: string;

  @ApiProperty({ enum: ARTIFACT_KINDS })
  kind!: ArtifactKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'AgreementContent for an agreement',
  })
  content!: unknown;

  @ApiProperty({ description: 'Row version for optimistic locking', example: 1 })
  version!: number;
}

class DiffPartSchema implements DiffPart {
  @ApiProperty({ enum: DIFF_PART_TYPES })
  type!: DiffPartType;

  @ApiProperty()
  text!: string;
}

class SectionDiffSchema implements SectionDiff {
  @ApiProperty()
  key!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  changed!: boolean;

  @ApiProperty({ type: [DiffPartSchema] })
  parts!: DiffPart[];
}

export class VersionDiffSchema implements VersionDiff {
  @ApiProperty()
  from!: number;

  @ApiProperty()
  to!: number;

  @ApiProperty({ type: [SectionDiffSchema] })
  sections!: SectionDiff[];
}

export class ArtifactCommentSchema implements ArtifactComment {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  versionNumber!: number;

  @ApiProperty({ example: 'partners' })
  sectionKey!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  author!: UserRef | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolvedAt!: string | null;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  resolvedBy!: UserRef | null;
}

export class AuditEventSchema implements AuditEvent {
  @ApiProperty()
  id!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: UserRefSchema, nullable: true })
  actor!: UserRef | null;

  @ApiProperty({ enum: AUDIT_ACTIONS })
  action!: AuditAction;

  @ApiProperty({ type: Number, nullable: true })
  versionNumber!: number | null;

  @ApiProperty({ type: String, nullable: true })
  contentHash!: string | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  detail!: Record<string, string>;
}

export const AuditEventPageSchema = PageSchema(AuditEventSchema, 'AuditEventPage');
