import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ArtifactKind, VersionStatus } from '@gw/shared/contracts';
import type { AuthenticatedUser } from '../../common/auth-context';
import { AuditService } from './audit.service';
import { ArtifactEntity } from './entities/artifact.entity';
import { ArtifactVersionEntity } from './entities/artifact-version.entity';

/**
 * The changes that the kinds (and a new initiative) make to artifacts and versions inside their
 * own transactions: the artifacts' rows are written here, in the module that owns them.
 */
@Injectable()
export class ArtifactChangesService {
  constructor(private readonly audit: AuditService) {}

  /**
   * New artifacts of an initiative, in the caller's transaction (the agreement and the action plan
   * of a new initiative, a report); their ids in the given order.
   */
  async createArtifacts(
    manager: EntityManager,
    initiativeId: string,
    artifacts: { kind: ArtifactKind; title: string }[],
  ): Promise<string[]> {
    const { identifiers } = await manager.insert(
      ArtifactEntity,
      artifacts.map((artifact) => ({ initiativeId, ...artifact })),
    );
    return identifiers.map((identifier) => identifier['id'] as string);
  }

  /** The first draft of a new artifact whose kind made its content (a report for its period). */
  async createFirstDraft(
    manager: EntityManager,
    artifactId: string,
    content: object,
    user: AuthenticatedUser,
    detail: Record<string, string>,
  ): Promise<void> {
    await manager.insert(ArtifactVersionEntity, {
      artifactId,
      number: 1,
      status: 'draft',
      content,
      createdBy: user.id,
    });
    await this.audit.record(manager, {
      artifactId,
      versionNumber: 1,
      actor: user,
      action: 'version_created',
      contentHash: null,
      detail,
    });
  }

  /** A kind moves a version it locked to another state (published, declined, in force). */
  async setStatus(
    manager: EntityManager,
    version: ArtifactVersionEntity,
    status: VersionStatus,
  ): Promise<void> {
    version.status = status;
    await manager.save(version);
  }

  /** A kind replaces the content of a draft it locked (a report's texts and numbers). */
  async replaceContent(
    manager: EntityManager,
    version: ArtifactVersionEntity,
    content: unknown,
  ): Promise<void> {
    version.content = content;
    await manager.save(version);
  }

  /** The artifact's version in this state, if there is one (the agreement in force). */
  versionInState(
    manager: EntityManager,
    artifactId: string,
    status: VersionStatus,
  ): Promise<ArtifactVersionEntity | null> {
    return manager.findOneBy(ArtifactVersionEntity, { artifactId, status });
  }

  /**
   * The versions in the state that a newer version now holds (the approved baseline, the
   * agreement in force) are superseded by it, each with its entry in the audit trail.
   */
  async supersede(
    manager: EntityManager,
    artifactId: string,
    status: VersionStatus,
    by: ArtifactVersionEntity,
    user: AuthenticatedUser,
  ): Promise<void> {
    const previous = await manager.findBy(ArtifactVersionEntity, { artifactId, status });
    for (const old of previous) {
      await this.setStatus(manager, old, 'superseded');
      await this.audit.record(manager, {
        artifactId,
        versionNumber: old.number,
        actor: user,
        action: 'superseded',
        contentHash: old.contentHash,
        detail: { by: String(by.number) },
      });
    }
  }
}
