import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Artifact,
  type ArtifactKind,
  type ArtifactSummary,
  type ArtifactVersion,
  PROBLEM_TYPES,
  type VersionDiff,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { ArtifactKindRegistry } from './artifact-kind';
import {
  ARTIFACT_OF_KIND,
  ARTIFACT_RECORD,
  ARTIFACTS_OF_INITIATIVE,
  type ArtifactListRow,
  LATEST_CONTENT,
  toArtifactSummary,
  toVersionSummary,
  VERSION_BY_HASH,
  VERSION_RECORD,
  VERSION_WITH_CONTENT,
  type VersionByHashRow,
  type VersionRow,
  type VersionWithContentRow,
  VERSIONS_OF_ARTIFACT,
} from './artifacts.queries';
import { AuditService } from './audit.service';
import { contentHash } from './content-hash';
import { ArtifactEntity } from './entities/artifact.entity';
import { ArtifactVersionEntity } from './entities/artifact-version.entity';
import { diffSections } from './section-diff';

export const frozenVersion = (number: number) =>
  new ProblemException(
    409,
    `Version ${number} has been submitted and is frozen. Create a new version to change it.`,
    { type: PROBLEM_TYPES.frozenVersion },
  );

/**
 * The lifecycle every artifact shares: numbered versions, one draft at a time, freezing with
 * a content hash on submission, diffs, and the audit trail. What differs by kind is delegated
 * to the kind's handler (ArtifactKindRegistry).
 */
@Injectable()
export class ArtifactVersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly kinds: ArtifactKindRegistry,
    private readonly audit: AuditService,
  ) {}

  async list(access: InitiativeAccess, kind?: ArtifactKind): Promise<ArtifactSummary[]> {
    const rows = await this.sql.rows<ArtifactListRow>(ARTIFACTS_OF_INITIATIVE, [
      access.initiativeId,
      kind ?? null,
    ]);
    return rows.map((row) =>
      toArtifactSummary(
        {
          id: row.artifact_id,
          kind: row.kind,
          title: row.title,
          created_at: row.artifact_created_at,
        },
        row.number === null ? null : toVersionSummary({ ...row, number: row.number }),
      ),
    );
  }

  async get(access: InitiativeAccess, artifactId: string): Promise<Artifact> {
    const artifact = await this.findArtifact(access, artifactId);
    const versions = await this.sql.rows<VersionRow>(VERSIONS_OF_ARTIFACT, [artifact.id]);
    const summaries = versions.map(toVersionSummary);
    return {
      ...toArtifactSummary(
        {
          id: artifact.id,
          kind: artifact.kind,
          title: artifact.title,
          created_at: artifact.createdAt,
        },
        summaries[0] ?? null,
      ),
      versions: summaries,
    };
  }

  /** A new draft: the first one prefilled, later ones copied from the latest version. */
  async createVersion(
    access: InitiativeAccess,
    artifactId: string,
    user: AuthenticatedUser,
  ): Promise<ArtifactVersion> {
    const number = await this.dataSource.transaction(async (manager) => {
      const artifact = await this.lockArtifact(manager, access, artifactId);
      const handler = this.kinds.get(artifact.kind);
      const latest = await manager.findOne(ArtifactVersionEntity, {
        where: { artifactId: artifact.id },
        order: { number: 'DESC' },
      });
      handler.assertCanStartVersion(latest);
      const content = latest ? latest.content : await handler.initialContent(manager, artifact);
      const created = await manager.save(
        manager.create(ArtifactVersionEntity, {
          artifactId: artifact.id,
          number: (latest?.number ?? 0) + 1,
          status: 'draft',
          content,
          createdBy: user.id,
        }),
      );
      await this.audit.record(manager, {
        artifactId: artifact.id,
        versionNumber: created.number,
        actor: user,
        action: 'version_created',
        contentHash: null,
        detail: latest ? { copiedFrom: String(latest.number) } : {},
      });
      return created.number;
    });
    return this.getVersion(access, artifactId, number);
  }

  async getVersion(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
  ): Promise<ArtifactVersion> {
    const artifact = await this.findArtifact(access, artifactId);
    const [row] = await this.sql.rows<VersionWithContentRow>(VERSION_WITH_CONTENT, [
      artifact.id,
      number,
    ]);
    if (!row) throw notFound(`Version ${number}`);
    return {
      ...toVersionSummary(row),
      artifactId: artifact.id,
      kind: artifact.kind,
      content: this.kinds.visibleContent(artifact.kind, row.content, access.role),
      version: row.version,
    };
  }

  async updateDraft(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    rawContent: unknown,
    expectedVersion: number,
  ): Promise<ArtifactVersion> {
    const artifact = await this.findArtifact(access, artifactId);
    const content = await this.kinds.get(artifact.kind).parseContent(rawContent);
    await this.dataSource.transaction(async (manager) => {
      const version = await this.lockVersion(manager, artifact.id, number);
      if (version.status !== 'draft') throw frozenVersion(number);
      if (version.version !== expectedVersion) throw staleVersion('draft');
      version.content = content;
      await manager.save(version);
    });
    return this.getVersion(access, artifactId, number);
  }

  /** Freezes the draft: its hash is computed and stored; the kind decides the next state. */
  async submit(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    user: AuthenticatedUser,
  ): Promise<ArtifactVersion> {
    await this.dataSource.transaction(async (manager) => {
      const artifact = await this.lockArtifact(manager, access, artifactId);
      const version = await this.lockVersion(manager, artifact.id, number);
      if (version.status !== 'draft') throw frozenVersion(number);
      const handler = this.kinds.get(artifact.kind);
      if (handler.currentContent) {
        version.content = await handler.currentContent(manager, artifact, version);
      }
      const hash = contentHash({
        artifactId: artifact.id,
        kind: artifact.kind,
        number: version.number,
        content: version.content,
      });
      version.contentHash = hash;
      version.submittedBy = user.id;
      version.submittedAt = new Date();
      version.status = await handler.submit(manager, artifact, version, user);
      await manager.save(version);
      await this.audit.record(manager, {
        artifactId: artifact.id,
        versionNumber: version.number,
        actor: user,
        action: 'version_submitted',
        contentHash: hash,
        detail: { status: version.status },
      });
    });
    return this.getVersion(access, artifactId, number);
  }

  async diff(
    access: InitiativeAccess,
    artifactId: string,
    from: number,
    to: number,
  ): Promise<VersionDiff> {
    const artifact = await this.findArtifact(access, artifactId);
    const handler = this.kinds.get(artifact.kind);
    const [a, b] = await Promise.all([
      this.getVersion(access, artifactId, from),
      this.getVersion(access, artifactId, to),
    ]);
    return {
      from,
      to,
      sections: diffSections(handler.sections(a.content), handler.sections(b.content)),
    };
  }

  async versionEntity(artifactId: string, number: number): Promise<ArtifactVersionEntity> {
    const [version] = await this.sql.rows<ArtifactVersionEntity>(VERSION_RECORD, [
      artifactId,
      number,
    ]);
    if (!version) throw notFound(`Version ${number}`);
    return version;
  }

  /** The artifact, if it belongs to the initiative of the route (else 404, as for a stranger). */
  async findArtifact(access: InitiativeAccess, artifactId: string): Promise<ArtifactEntity> {
    const [artifact] = await this.sql.rows<ArtifactEntity>(ARTIFACT_RECORD, [
      artifactId,
      access.initiativeId,
    ]);
    if (!artifact) throw notFound('The artifact');
    return artifact;
  }

  /** The content of the artifact's latest version, if it has one. */
  async latestContent(artifactId: string): Promise<unknown> {
    const [row] = await this.sql.rows<{ content: unknown }>(LATEST_CONTENT, [artifactId]);
    return row?.content;
  }

  /** The id of the initiative's artifact of a kind it has once (the agreement, the action plan). */
  async artifactIdOfKind(initiativeId: string, kind: ArtifactKind): Promise<string | undefined> {
    const [row] = await this.sql.rows<{ id: string }>(ARTIFACT_OF_KIND, [initiativeId, kind]);
    return row?.id;
  }

  /** What a content hash (lower case) belongs to, if anything. */
  async versionByHash(hash: string): Promise<VersionByHashRow | undefined> {
    const [row] = await this.sql.rows<VersionByHashRow>(VERSION_BY_HASH, [hash]);
    return row;
  }

  /** Serialises changes to one artifact's versions (numbering, state changes). */
  async lockArtifact(manager: EntityManager, access: InitiativeAccess, artifactId: string) {
    const artifact = await manager.findOne(ArtifactEntity, {
      where: { id: artifactId, initiativeId: access.initiativeId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!artifact) throw notFound('The artifact');
    return artifact;
  }

  async lockVersion(manager: EntityManager, artifactId: string, number: number) {
    const version = await manager.findOne(ArtifactVersionEntity, {
      where: { artifactId, number },
      lock: { mode: 'pessimistic_write' },
    });
    if (!version) throw notFound(`Version ${number}`);
    return version;
  }
}
