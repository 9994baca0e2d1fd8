import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PROBLEM_TYPES,
  type ReportContent,
  type Role,
  type VersionStatus,
} from '@gw/shared/contracts';
import { SqlService } from '../../common/database/sql.service';
import { ProblemException } from '../../common/problem/problem.exception';
import { ApprovalsService } from '../artifacts/approvals.service';
import {
  type ArtifactKindHandler,
  ArtifactKindRegistry,
  type ContentSection,
  type StoredArtifact,
  type StoredVersion,
} from '../artifacts/artifact-kind';
import { generateReport, type ReportTexts } from '../../read-models/report-content/report-content';
import { VERSION_STATUS_LABELS } from '../../common/labels/german-labels';
import { formatDateTime } from '../../common/pdf/pdf-document';
import { INITIATIVE_NAME } from './reports.queries';
import { renderReportPdf } from './report-pdf';
import { periodName } from './report-period';
import { reportAsSeenBy } from './report-visibility';

const invalidState = (detail: string) =>
  new ProblemException(409, detail, { type: PROBLEM_TYPES.invalidState });

export function textsOf(content: ReportContent): ReportTexts {
  return {
    summary: content.summary,
    narratives: Object.fromEntries(content.goals.map((goal) => [goal.goalId, goal.narrative])),
  };
}

/**
 * The activity and impact report as a tracked artifact: its numbers come from the data and are
 * frozen on submission (with the texts coordination and working groups wrote); the steering
 * group reviews it with the initiative's quorum; coordination publishes it.
 */
@Injectable()
export class ReportKindHandler implements ArtifactKindHandler<ReportContent>, OnModuleInit {
  readonly kind = 'impact_report' as const;

  constructor(
    private readonly registry: ArtifactKindRegistry,
    private readonly approvals: ApprovalsService,
    private readonly sql: SqlService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  parseContent(): Promise<ReportContent> {
    return Promise.reject(
      invalidState(
        "A report's numbers come from the data; change its texts through …/versions/:number/texts.",
      ),
    );
  }

  initialContent(): Promise<ReportContent> {
    return Promise.reject(invalidState('A report is created for a period through POST …/reports.'));
  }

  /** On submission: the numbers as they are now, with the draft's texts. */
  currentContent(
    manager: EntityManager,
    artifact: StoredArtifact,
    draft: StoredVersion,
  ): Promise<ReportContent> {
    const content = draft.content as ReportContent;
    return generateReport(manager, artifact.initiativeId, content, textsOf(content));
  }

  visibleTo(content: ReportContent, role: Role): ReportContent {
    return reportAsSeenBy(content, role);
  }

  sections(content: ReportContent): ContentSection[] {
    return [
      { key: 'summary', title: 'Zusammenfassung', body: content.summary },
      ...content.goals.map((goal) => ({
        key: `goal:${goal.goalId}`,
        title: goal.title,
        body: [
          goal.narrative,
          ...goal.indicators.map(
            (i) =>
              `- ${i.name}: ${i.values.map((v) => `${periodName(v.period)} ${v.value}`).join(', ') || 'keine Werte'}`,
          ),
        ]
          .filter(Boolean)
          .join('\n'),
      })),
    ];
  }

  assertCanStartVersion(latest: StoredVersion | null): void {
    if (latest?.status === 'draft') {
      throw invalidState(
        `Version ${latest.number} is still a draft: change it instead of starting another.`,
      );
    }
    if (latest?.status === 'in_review') {
      throw invalidState(`Version ${latest.number} is with the steering group for review.`);
    }
    if (latest?.status === 'approved' || latest?.status === 'published') {
      throw invalidState(
        `Version ${latest.number} is ${latest.status}; a report is not changed afterwards.`,
      );
    }
  }

  async submit(
    manager: EntityManager,
    artifact: StoredArtifact,
    version: StoredVersion,
  ): Promise<VersionStatus> {
    await this.approvals.askSteeringGroup(manager, artifact, version);
    return 'in_review';
  }

  async renderPdf(artifact: StoredArtifact, version: StoredVersion): Promise<Buffer> {
    const [initiative] = await this.sql.rows<{ name: string }>(INITIATIVE_NAME, [
      artifact.initiativeId,
    ]);
    const edition =
      `Fassung ${version.number} · ${VERSION_STATUS_LABELS[version.status]}` +
      (version.submittedAt ? ` · eingereicht am ${formatDateTime(version.submittedAt)}` : '');
    const content = version.content as ReportContent;
    return renderReportPdf({
      initiativeName: initiative?.name ?? '',
      edition,
      footer: `${content.title} „${initiative?.name ?? ''}“ · Fassung ${version.number}`,
      contentHash: version.contentHash,
      content,
    });
  }
}
