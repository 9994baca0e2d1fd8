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
import type { CommentStatusFilter, CreateCommentDto } from './dto/comment.dto';
import { ArtifactCommentEntity } from './entities/artifact-comment.entity';
import { ArtifactVersionEntity } from './entities/artifact-version.entity';

interface CommentRow {
  id: string;
  number: number;
  section_key: string;
  body: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
  resolver_name: string | null;
}

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
    const rows = await this.sql.rows<CommentRow>(
      `${COMMENT_SELECT}
        WHERE v.artifact_id = $1 AND v.number = $2
          AND ($3 = 'all' OR ($3 = 'open') = (c.resolved_at IS NULL))
        ORDER BY c.created_at, c.id`,
      [artifact.id, number, status],
    );
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
    const version = await this.dataSource
      .getRepository(ArtifactVersionEntity)
      .findOneBy({ artifactId: artifact.id, number });
    if (!version) throw notFound(`Version ${number}`);
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
      const rows: {
        id: string;
        number: number;
        content_hash: string | null;
        resolved_at: Date | null;
      }[] = await manager.query(
        `SELECT c.id, v.number, v.content_hash, c.resolved_at
             FROM artifact_comments c JOIN artifact_versions v ON v.id = c.version_id
            WHERE c.id = $1 AND v.artifact_id = $2 FOR UPDATE OF c`,
        [commentId, artifact.id],
      );
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
    const [row] = await this.sql.rows<CommentRow>(`${COMMENT_SELECT} WHERE c.id = $1`, [commentId]);
    if (!row) throw notFound('The comment');
    return toComment(row);
  }
}

const COMMENT_SELECT = `
  SELECT c.id, v.number, c.section_key, c.body, c.author_id, au.display_name AS author_name,
         c.created_at, c.resolved_at, c.resolved_by, ru.display_name AS resolver_name
    FROM artifact_comments c
    JOIN artifact_versions v ON v.id = c.version_id
    LEFT JOIN users au ON au.id = c.author_id
    LEFT JOIN users ru ON ru.id = c.resolved_by`;

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
