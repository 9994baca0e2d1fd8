import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ArtifactComment, PROBLEM_TYPES } from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException } from '../../common/problem/problem.exception';
import { userRef } from '../users/user-ref.schema';
import { ArtifactKindRegistry } from './artifact-kind';
import { ArtifactVersionsService } from './artifact-versions.service';
import { AuditService } from './audit.service';
import {
  COMMENT_BY_ID,
  type CommentRow,
  COMMENTS_OF_VERSION,
  LOCK_COMMENT,
  type LockedCommentRow,
} from './artifacts.queries';
import type { CommentStatusFilter, CreateCommentDto } from './dto/comment.dto';
import { ArtifactCommentEntity } from './entities/artifact-comment.entity';

/** Members comment on a version, anchored to one of its sections; coordination resolves them. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly versions: ArtifactVersionsService,
    private readonly kinds: ArtifactKindRegistry,
    private readonly audit: AuditService,
  ) {}

  async list(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    status: CommentStatusFilter,
  ): Promise<ArtifactComment[]> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    const rows = await this.sql.rows<CommentRow>(COMMENTS_OF_VERSION, [
      artifact.id,
      number,
      status,
    ]);
    return rows.map(toComment);
  }

  async create(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    dto: CreateCommentDto,
    user: AuthenticatedUser,
  ): Promise<ArtifactComment> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    const version = await this.versions.versionEntity(artifact.id, number);
    const sectionKeys = this.kinds
      .get(artifact.kind)
      .sections(version.content)
      .map((section) => section.key);
    if (!sectionKeys.includes(dto.sectionKey)) {
      throw new ProblemException(400, 'The comment names a section the version does not have.', {
        type: PROBLEM_TYPES.validation,
        errors: [
          { field: 'sectionKey', message: `sectionKey must be one of: ${sectionKeys.join(', ')}` },
        ],
      });
    }
    const { identifiers } = await this.dataSource.getRepository(ArtifactCommentEntity).insert({
      versionId: version.id,
      sectionKey: dto.sectionKey,
      body: dto.body,
      authorId: user.id,
    });
    return this.get(identifiers[0]?.['id'] as string);
  }

  async resolve(
    access: InitiativeAccess,
    artifactId: string,
    commentId: string,
    user: AuthenticatedUser,
  ): Promise<ArtifactComment> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    await this.dataSource.transaction(async (manager) => {
      const rows: LockedCommentRow[] = await manager.query(LOCK_COMMENT, [commentId, artifact.id]);
      const comment = rows[0];
      if (!comment) throw notFound('The comment');
      if (comment.resolved_at) {
        throw new ProblemException(409, 'The comment is already resolved.', {
          type: PROBLEM_TYPES.invalidState,
        });
      }
      await manager.update(
        ArtifactCommentEntity,
        { id: commentId },
        { resolvedAt: () => 'now()', resolvedBy: user.id },
      );
      await this.audit.record(manager, {
        artifactId: artifact.id,
        versionNumber: comment.number,
        actor: user,
        action: 'comment_resolved',
        contentHash: comment.content_hash,
        detail: { commentId },
      });
    });
    return this.get(commentId);
  }

  private async get(commentId: string): Promise<ArtifactComment> {
    const [row] = await this.sql.rows<CommentRow>(COMMENT_BY_ID, [commentId]);
    if (!row) throw notFound('The comment');
    return toComment(row);
  }
}

function toComment(row: CommentRow): ArtifactComment {
  return {
    id: row.id,
    versionNumber: row.number,
    sectionKey: row.section_key,
    body: row.body,
    author: userRef(row.author_id, row.author_name),
    createdAt: row.created_at.toISOString(),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resolvedBy: userRef(row.resolved_by, row.resolver_name),
  };
}
