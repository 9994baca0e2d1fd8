import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type ArtifactVersion,
  type PublicLink,
  type PublicLinkStatus,
  type PublicReport,
  PROBLEM_TYPES,
  type ReportComparison,
  type ReportContent,
} from '@gw/shared/contracts';
import type { AuthenticatedUser, InitiativeAccess } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import { invalidField } from '../../common/validation/field-problem';
import { notFound, ProblemException, staleVersion } from '../../common/problem/problem.exception';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { generateReport } from '../../read-models/report-content/report-content';
import { ArtifactChangesService } from '../artifacts/artifact-changes.service';
import { ArtifactVersionsService, frozenVersion } from '../artifacts/artifact-versions.service';
import { AuditService } from '../artifacts/audit.service';
import { randomToken, sha256 } from '../auth/token.service';
import type { CreateReportDto, UpdateReportTextsDto } from './dto/report.dto';
import { publicView } from './public-view';
import { textsOf } from './report-kind.handler';
import {
  INSERT_LINK,
  LIVE_LINK,
  type LiveLinkRow,
  OPEN_PUBLIC_REPORT,
  type PublicReportRow,
  REVOKE_LIVE_LINK,
} from './reports.queries';
import { reportPeriod } from './report-period';
import { reportAsSeenBy } from './report-visibility';

const invalidState = (detail: string) =>
  new ProblemException(409, detail, { type: PROBLEM_TYPES.invalidState });

/** The longest custom range a report may cover. */
const MAX_CUSTOM_DAYS = 5 * 366;

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
    private readonly versions: ArtifactVersionsService,
    private readonly changes: ArtifactChangesService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new report for a period, with its first draft generated from the data. */
  async create(
    access: InitiativeAccess,
    dto: CreateReportDto,
    user: AuthenticatedUser,
  ): Promise<ArtifactVersion> {
    if (dto.periodType === 'custom') {
      if (!dto.periodEnd)
        throw invalidField('periodEnd', 'periodEnd is required for a custom period');
      const days = (Date.parse(dto.periodEnd) - Date.parse(dto.periodStart)) / 86_400_000;
      if (days < 0) throw invalidField('periodEnd', 'periodEnd must not be before periodStart');
      if (days > MAX_CUSTOM_DAYS)
        throw invalidField('periodEnd', 'a report covers at most five years');
    }
    const period = reportPeriod(dto.periodType, dto.periodStart, dto.periodEnd);
    const title = dto.title ?? `Tätigkeits- und Wirkungsbericht ${period.label}`;
    const artifactId = await this.dataSource.transaction(async (manager) => {
      const [artifactId] = await this.changes.createArtifacts(manager, access.initiativeId, [
        { kind: 'impact_report', title },
      ]);
      const content = await generateReport(
        manager,
        access.initiativeId,
        { title, periodType: dto.periodType, periodStart: period.start, periodEnd: period.end },
        { summary: '', narratives: {} },
      );
      await this.changes.createFirstDraft(manager, artifactId, content, user, {
        period: period.label,
      });
      return artifactId;
    });
    return this.versions.getVersion(access, artifactId, 1);
  }

  /** Saves the texts of a draft; its numbers are generated anew from the data at the same time. */
  async updateTexts(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    dto: UpdateReportTextsDto,
  ): Promise<ArtifactVersion> {
    await this.dataSource.transaction(async (manager) => {
      const artifact = await this.versions.lockArtifact(manager, access, artifactId);
      if (artifact.kind !== 'impact_report') throw notFound('The report');
      const version = await this.versions.lockVersion(manager, artifact.id, number);
      if (version.status !== 'draft') throw frozenVersion(number);
      if (version.version !== dto.version) throw staleVersion('report');
      const content = version.content as ReportContent;
      const texts = textsOf(content);
      const goalIds = new Set(content.goals.map((goal) => goal.goalId));
      for (const [index, narrative] of (dto.narratives ?? []).entries()) {
        if (!goalIds.has(narrative.goalId)) {
          throw invalidField(
            `narratives.${index}.goalId`,
            'goalId must be one of the report’s goals',
          );
        }
        texts.narratives[narrative.goalId] = narrative.narrative;
      }
      if (dto.summary !== undefined) texts.summary = dto.summary;
      await this.changes.replaceContent(
        manager,
        version,
        await generateReport(manager, access.initiativeId, content, texts),
      );
    });
    return this.versions.getVersion(access, artifactId, number);
  }

  async publish(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    user: AuthenticatedUser,
  ): Promise<ArtifactVersion> {
    await this.dataSource.transaction(async (manager) => {
      const artifact = await this.versions.lockArtifact(manager, access, artifactId);
      if (artifact.kind !== 'impact_report') throw notFound('The report');
      const version = await this.versions.lockVersion(manager, artifact.id, number);
      if (version.status !== 'approved') {
        throw invalidState(
          `Version ${number} is ${version.status}; only an approved report is published.`,
        );
      }
      await this.changes.setStatus(manager, version, 'published');
      await this.audit.record(manager, {
        artifactId: artifact.id,
        versionNumber: version.number,
        actor: user,
        action: 'published',
        contentHash: version.contentHash,
      });
    });
    return this.versions.getVersion(access, artifactId, number);
  }

  /** A new unguessable public link (replacing a live one); only its hash is stored. */
  async createPublicLink(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    user: AuthenticatedUser,
  ): Promise<PublicLink> {
    const token = randomToken();
    const createdAt = await this.dataSource.transaction(async (manager) => {
      const version = await this.publishedVersion(manager, access, artifactId, number);
      await manager.query(REVOKE_LIVE_LINK, [version.id, user.id]);
      const rows = (await manager.query(INSERT_LINK, [version.id, sha256(token), user.id])) as {
        created_at: Date;
      }[];
      return rows[0]?.created_at ?? new Date();
    });
    return {
      token,
      url: `${this.config.publicUrl}/public/reports/${token}`,
      createdAt: createdAt.toISOString(),
    };
  }

  async revokePublicLink(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
    user: AuthenticatedUser,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const version = await this.publishedVersion(manager, access, artifactId, number);
      // An UPDATE answers with its rows and the number of rows it changed.
      const [, revoked] = (await manager.query(REVOKE_LIVE_LINK, [version.id, user.id])) as [
        unknown[],
        number,
      ];
      if (!revoked) throw notFound('A public link of this report');
    });
  }

  /** Whether the version has a live public link, since when and how often it was opened. */
  async publicLinkStatus(
    access: InitiativeAccess,
    artifactId: string,
    number: number,
  ): Promise<PublicLinkStatus> {
    const artifact = await this.versions.findArtifact(access, artifactId);
    if (artifact.kind !== 'impact_report') throw notFound('The report');
    const version = await this.versions.versionEntity(artifact.id, number);
    if (version.status !== 'published') return { live: false };
    const [link] = await this.sql.rows<LiveLinkRow>(LIVE_LINK, [version.id]);
    if (!link) return { live: false };
    return {
      live: true,
      createdAt: link.created_at.toISOString(),
      openedCount: link.opened_count,
      lastOpenedAt: link.last_opened_at?.toISOString() ?? null,
    };
  }

  /**
   * What a public link shows: public indicators only, small cells suppressed. Each read (the page
   * or its PDF) counts as an opening of the link.
   */
  async publicReport(token: string): Promise<PublicReport> {
    // An UPDATE … RETURNING answers with its rows and the number of rows it changed.
    const [rows] = (await this.dataSource.query(OPEN_PUBLIC_REPORT, [sha256(token)])) as [
      PublicReportRow[],
      number,
    ];
    const [row] = rows;
    if (!row) throw notFound('The report');
    return publicView(
      row.content,
      {
        initiativeName: row.initiative_name,
        publishedAt: row.published_at.toISOString(),
        contentHash: row.content_hash,
      },
      row.threshold,
    );
  }

  /** Each indicator's value at the end of one report's period against the other's. */
  async compare(access: InitiativeAccess, a: string, b: string): Promise<ReportComparison> {
    const [first, second] = (
      await Promise.all([this.latestContent(access, a), this.latestContent(access, b)])
    ).map((content) => reportAsSeenBy(content, access.role)) as [ReportContent, ReportContent];
    const latestOf = (content: ReportContent) =>
      new Map(
        content.goals.flatMap((goal) =>
          goal.indicators.map((i) => [
            i.indicatorId,
            { name: i.name, unit: i.unit, value: i.values.at(-1)?.value ?? null },
          ]),
        ),
      );
    const left = latestOf(first);
    const right = latestOf(second);
    const ids = [...new Set([...left.keys(), ...right.keys()])];
    return {
      a: {
        artifactId: a,
        title: first.title,
        periodStart: first.periodStart,
        periodEnd: first.periodEnd,
      },
      b: {
        artifactId: b,
        title: second.title,
        periodStart: second.periodStart,
        periodEnd: second.periodEnd,
      },
      indicators: ids.map((id) => {
        const x = left.get(id);
        const y = right.get(id);
        const va = x?.value ?? null;
        const vb = y?.value ?? null;
        return {
          indicatorId: id,
          name: (y ?? x)?.name ?? '',
          unit: (y ?? x)?.unit ?? '',
          a: va,
          b: vb,
          change: va !== null && vb !== null ? vb - va : null,
        };
      }),
    };
  }

  private async latestContent(access: InitiativeAccess, artifactId: string) {
    const artifact = await this.versions.findArtifact(access, artifactId);
    if (artifact.kind !== 'impact_report') throw notFound('The report');
    const content = await this.versions.latestContent(artifact.id);
    if (!content) throw notFound('The report');
    return content as ReportContent;
  }

  private async publishedVersion(
    manager: EntityManager,
    access: InitiativeAccess,
    artifactId: string,
    number: number,
  ) {
    const artifact = await this.versions.lockArtifact(manager, access, artifactId);
    if (artifact.kind !== 'impact_report') throw notFound('The report');
    const version = await this.versions.lockVersion(manager, artifact.id, number);
    if (version.status !== 'published') {
      throw invalidState(
        `Version ${number} is ${version.status}; only a published report can be shared.`,
      );
    }
    return version;
  }
}
