import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ArtifactKind, Role, VersionStatus } from '@gw/shared/contracts';
import type { AuthenticatedUser } from '../../common/auth-context';
import { ProblemException } from '../../common/problem/problem.exception';
import type { ArtifactEntity } from './entities/artifact.entity';
import type { ArtifactVersionEntity } from './entities/artifact-version.entity';

/**
 * An artifact and a version as the kinds and other modules receive them: the owner's rows, which
 * only this module writes (kinds change them through ArtifactChangesService).
 */
export type StoredArtifact = ArtifactEntity;
export type StoredVersion = ArtifactVersionEntity;

/** A section of a version's content: what diffs, comments and PDFs work on. */
export interface ContentSection {
  key: string;
  title: string;
  /** Markdown. */
  body: string;
}

/**
 * What differs between the kinds of artifact; the version lifecycle around it (numbering,
 * drafts, freezing, hashing, audit) is the same for all and lives in ArtifactVersionsService.
 */
export interface ArtifactKindHandler<C = unknown> {
  readonly kind: ArtifactKind;
  /** Validates and normalises a draft's content (400 with `content.…` field errors). */
  parseContent(raw: unknown): Promise<C>;
  /** The content of the first version, prefilled from the initiative's data. */
  initialContent(manager: EntityManager, artifact: ArtifactEntity): Promise<C>;
  sections(content: C): ContentSection[];
  /**
   * The content as a member with this role may read it (e.g. without internal indicators).
   * Required, so that a new kind decides it: every read of a version and every PDF goes through it.
   */
  visibleTo(content: C, role: Role): C;
  /**
   * For kinds whose content is taken from live data rather than edited (the action plan's
   * measures): the content as it stands now, frozen in place of the draft's on submission.
   */
  currentContent?(
    manager: EntityManager,
    artifact: ArtifactEntity,
    draft: ArtifactVersionEntity,
  ): Promise<C>;
  /** Freezes the draft into its next state; may refuse (409) or record what goes with it. */
  submit(
    manager: EntityManager,
    artifact: ArtifactEntity,
    version: ArtifactVersionEntity,
    user: AuthenticatedUser,
  ): Promise<VersionStatus>;
  /** Whether a new draft may be started now (e.g. not while a signature round runs). */
  assertCanStartVersion(latest: ArtifactVersionEntity | null): void;
  /** After the quorum approved a version (kinds whose versions are approved, not signed). */
  onApproved?(
    manager: EntityManager,
    artifact: ArtifactEntity,
    version: ArtifactVersionEntity,
    user: AuthenticatedUser,
  ): Promise<void>;
  /** The version as a PDF document. */
  renderPdf(artifact: ArtifactEntity, version: ArtifactVersionEntity): Promise<Buffer>;
}

/** The handlers of the kinds this build knows, registered by their modules at start. */
@Injectable()
export class ArtifactKindRegistry {
  private readonly handlers = new Map<ArtifactKind, ArtifactKindHandler>();

  register(handler: ArtifactKindHandler): void {
    this.handlers.set(handler.kind, handler);
  }

  get(kind: ArtifactKind): ArtifactKindHandler {
    const handler = this.handlers.get(kind);
    if (!handler) {
      throw new ProblemException(409, `Artifacts of kind ${kind} cannot be edited yet.`);
    }
    return handler;
  }

  /** What of a version's content a member with this role may read. */
  visibleContent(kind: ArtifactKind, content: unknown, role: Role): unknown {
    return this.get(kind).visibleTo(content, role);
  }
}
