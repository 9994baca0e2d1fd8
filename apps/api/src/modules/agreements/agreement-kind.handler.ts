import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AgreementContent, PROBLEM_TYPES, type VersionStatus } from '@gw/shared/contracts';
import type { AuthenticatedUser } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { ProblemException } from '../../common/problem/problem.exception';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import {
  type ArtifactKindHandler,
  ArtifactKindRegistry,
  type ContentSection,
  type StoredArtifact,
  type StoredVersion,
} from '../artifacts/artifact-kind';
import { AuditService } from '../artifacts/audit.service';
import {
  draftAgreement,
  loadAgreementFacts,
} from '../../read-models/agreement-draft/agreement-prefill';
import { parseAgreementContent } from './agreement-content';
import { renderAgreementPdf } from './agreement-pdf';
import { INITIATIVE_OF_AGREEMENT, PARTNERS_TO_SIGN } from './agreements.queries';
import { AgreementSignatoryEntity } from './entities/agreement-signatory.entity';
import { SignaturesService } from './signatures.service';

/** The cooperation agreement as a tracked artifact: sections of Markdown, a signature round. */
@Injectable()
export class AgreementKindHandler implements ArtifactKindHandler<AgreementContent>, OnModuleInit {
  readonly kind = 'agreement' as const;

  constructor(
    private readonly registry: ArtifactKindRegistry,
    private readonly signatures: SignaturesService,
    private readonly audit: AuditService,
    private readonly sql: SqlService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  parseContent(raw: unknown): Promise<AgreementContent> {
    return parseAgreementContent(raw);
  }

  async initialContent(
    manager: EntityManager,
    artifact: StoredArtifact,
  ): Promise<AgreementContent> {
    return draftAgreement(await loadAgreementFacts(manager, artifact.initiativeId));
  }

  sections(content: AgreementContent): ContentSection[] {
    return content.sections;
  }

  /** Every member reads the whole agreement: it is what they sign, and it names no indicator. */
  visibleTo(content: AgreementContent): AgreementContent {
    return content;
  }

  assertCanStartVersion(latest: StoredVersion | null): void {
    if (latest?.status === 'draft') {
      throw new ProblemException(
        409,
        `Version ${latest.number} is still a draft: change it instead of starting another.`,
        {
          type: PROBLEM_TYPES.invalidState,
        },
      );
    }
    if (latest?.status === 'signing') {
      throw new ProblemException(
        409,
        `Version ${latest.number} is in its signature round; a new version can start once the round has ended.`,
        { type: PROBLEM_TYPES.invalidState },
      );
    }
  }

  /** Opens the signature round: the signatories are the partner actors at this moment. */
  async submit(
    manager: EntityManager,
    artifact: StoredArtifact,
    version: StoredVersion,
    _user: AuthenticatedUser,
  ): Promise<VersionStatus> {
    const partners: { id: string; name: string }[] = await manager.query(PARTNERS_TO_SIGN, [
      artifact.initiativeId,
    ]);
    if (partners.length === 0) {
      throw new ProblemException(
        409,
        'No actor is marked as a partner yet, so nobody could sign. Mark the signatories as partners in the actor table first.',
        { type: PROBLEM_TYPES.noSignatories },
      );
    }
    await manager.insert(
      AgreementSignatoryEntity,
      partners.map((partner, index) => ({
        versionId: version.id,
        actorId: partner.id,
        actorName: partner.name,
        position: index + 1,
      })),
    );
    return 'signing';
  }

  async renderPdf(artifact: StoredArtifact, version: StoredVersion): Promise<Buffer> {
    const [initiative] = await this.sql.rows<{ name: string; municipality: string }>(
      INITIATIVE_OF_AGREEMENT,
      [artifact.initiativeId],
    );
    const overview = await this.signatures.overviewOf(artifact, version);
    return renderAgreementPdf({
      initiativeName: initiative?.name ?? '',
      municipality: initiative?.municipality ?? '',
      title: artifact.title,
      versionNumber: version.number,
      status: version.status,
      contentHash: version.contentHash,
      createdAt: version.createdAt,
      submittedAt: version.submittedAt,
      content: version.content as AgreementContent,
      required: overview.required,
      accessions: overview.accessions,
      withdrawals: overview.withdrawals,
      audit: await this.audit.all(artifact.id),
      verifyUrl: `${this.config.publicUrl}/verify`,
    });
  }
}
