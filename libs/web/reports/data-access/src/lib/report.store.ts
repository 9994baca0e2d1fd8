import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import type {
  ApprovalOverview,
  ApprovalRequest,
  Artifact,
  ArtifactComment,
  PublicLink,
  PublicLinkStatus,
  ReportContent,
} from '@gw/shared/contracts';
import { ArtifactsApi, type DownloadedFile } from '@gw/web/artifacts/data-access';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { type Report, ReportsApi } from './reports.api';

interface ReportState {
  initiativeId: string | null;
  artifactId: string | null;
  /** The version asked for; null for the latest. */
  wanted: number | null;
  artifact: Artifact | null;
  report: Report | null;
  approvals: ApprovalOverview | null;
  comments: ArtifactComment[];
  /** The link made in this session: the API shows a token only once, when it is made. */
  publicLink: PublicLink | null;
  /** Whether the shown version has a live public link; null until asked (or for another version). */
  linkStatus: PublicLinkStatus | null;
  loading: boolean;
  error: Problem | null;
}

const EMPTY: ReportState = {
  initiativeId: null,
  artifactId: null,
  wanted: null,
  artifact: null,
  report: null,
  approvals: null,
  comments: [],
  publicLink: null,
  linkStatus: null,
  loading: false,
  error: null,
};

/** The texts of a draft: the summary, or the narrative of one goal. */
export type ReportText = { summary: string } | { goalId: string; narrative: string };

/**
 * One report: a version of it (the latest unless another is asked for) with the steering group's
 * approvals and the members' comments, and what is done with it — texts, submit, decide, publish,
 * the public link, the PDF. Writes throw the API's problem to the caller; the state changes only
 * on success.
 */
@Injectable({ providedIn: 'root' })
export class ReportStore {
  private readonly api = inject(ReportsApi);
  private readonly artifacts = inject(ArtifactsApi);
  private readonly state = signal<ReportState>(EMPTY);
  /** The last text save: the next waits for it, so that it sends the row version it produced. */
  private textSaved: Promise<unknown> = Promise.resolve();

  readonly artifact = computed(() => this.state().artifact);
  readonly report = computed(() => this.state().report);
  readonly approvals = computed(() => this.state().approvals);
  readonly comments = computed(() => this.state().comments);
  readonly publicLink = computed(() => this.state().publicLink);
  readonly linkStatus = computed(() => this.state().linkStatus);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly versions = computed(() =>
    [...(this.state().artifact?.versions ?? [])].sort((a, b) => b.number - a.number),
  );
  /** The shown version is the newest: only that one can still move on. */
  readonly isLatest = computed(() => {
    const report = this.report();
    return !!report && report.number === this.versions()[0]?.number;
  });

  /** Shows the report's version `number`, or its latest. */
  async load(
    initiativeId: string,
    artifactId: string,
    number: number | null = null,
  ): Promise<void> {
    const current = this.state();
    const same = current.initiativeId === initiativeId && current.artifactId === artifactId;
    this.state.set({
      ...(same ? current : EMPTY),
      initiativeId,
      artifactId,
      wanted: number,
      // Another version has a link of its own.
      linkStatus: same && current.wanted === number ? current.linkStatus : null,
      loading: true,
      error: null,
    });
    try {
      const artifact = await this.fetch(this.artifacts.get(initiativeId, artifactId));
      const shown = number ?? artifact.latestVersion?.number ?? 1;
      const report = await this.fetch(
        this.artifacts.getVersion<ReportContent>(initiativeId, artifactId, shown),
      );
      const [approvals, comments] = await Promise.all([
        report.status === 'draft'
          ? Promise.resolve(null)
          : this.fetch(this.artifacts.approvals(initiativeId, artifactId, shown)),
        this.fetch(this.artifacts.comments(initiativeId, artifactId, shown)),
      ]);
      if (!this.isCurrent(initiativeId, artifactId, number)) return;
      this.state.update((state) => ({
        ...state,
        artifact,
        report,
        approvals,
        comments,
        loading: false,
      }));
    } catch (error) {
      if (!this.isCurrent(initiativeId, artifactId, number)) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  async reload(): Promise<void> {
    const { initiativeId, artifactId, wanted } = this.state();
    if (initiativeId && artifactId) await this.load(initiativeId, artifactId, wanted);
  }

  /**
   * Saves one text of the draft with the row version last read; a 409 stale-version is thrown.
   * Saves of several texts go one after the other: sent at once, all but the first would meet
   * the version the first one made.
   */
  saveText(text: ReportText): Promise<Report> {
    const saving = this.textSaved.catch(() => undefined).then(() => this.sendText(text));
    this.textSaved = saving;
    return saving;
  }

  private async sendText(text: ReportText): Promise<Report> {
    const { initiativeId, artifactId, report } = this.require();
    const request =
      'summary' in text
        ? { summary: text.summary, version: report.version }
        : {
            narratives: [{ goalId: text.goalId, narrative: text.narrative }],
            version: report.version,
          };
    const saved = await this.fetch(
      this.api.updateTexts(initiativeId, artifactId, report.number, request),
    );
    this.state.update((state) => ({ ...state, report: saved }));
    return saved;
  }

  /** Freezes the numbers as they are now and asks the steering group. */
  async submit(): Promise<void> {
    const { initiativeId, artifactId, report } = this.require();
    await this.fetch(this.artifacts.submit<ReportContent>(initiativeId, artifactId, report.number));
    await this.reload();
  }

  /** A steering member's decision; the report may become approved or rejected with it. */
  async decide(request: ApprovalRequest): Promise<void> {
    const { initiativeId, artifactId, report } = this.require();
    await this.fetch(this.artifacts.decide(initiativeId, artifactId, report.number, request));
    await this.reload();
  }

  async publish(): Promise<void> {
    const { initiativeId, artifactId, report } = this.require();
    await this.fetch(this.api.publish(initiativeId, artifactId, report.number));
    await this.reload();
  }

  /** A new draft after a rejection; shown from then on. */
  async startVersion(): Promise<Report> {
    const { initiativeId, artifactId } = this.require();
    const draft = await this.fetch(
      this.artifacts.createVersion<ReportContent>(initiativeId, artifactId),
    );
    await this.load(initiativeId, artifactId);
    return draft;
  }

  /** Asks whether the shown version has a live public link (the link itself is not shown again). */
  async loadLinkStatus(): Promise<void> {
    const { initiativeId, artifactId, report } = this.require();
    const status = await this.fetch(
      this.api.publicLinkStatus(initiativeId, artifactId, report.number),
    );
    if (this.state().report?.number === report.number) {
      this.state.update((state) => ({ ...state, linkStatus: status }));
    }
  }

  async createPublicLink(): Promise<PublicLink> {
    const { initiativeId, artifactId, report } = this.require();
    const link = await this.fetch(
      this.api.createPublicLink(initiativeId, artifactId, report.number),
    );
    const linkStatus: PublicLinkStatus = {
      live: true,
      createdAt: link.createdAt,
      openedCount: 0,
      lastOpenedAt: null,
    };
    this.state.update((state) => ({ ...state, publicLink: link, linkStatus }));
    return link;
  }

  /** Revokes the live link; 404 when there is none (already revoked, or never made). */
  async revokePublicLink(): Promise<void> {
    const { initiativeId, artifactId, report } = this.require();
    try {
      await this.fetch(this.api.revokePublicLink(initiativeId, artifactId, report.number));
    } finally {
      // Either way no link of this version is live any more.
      this.state.update((state) => ({ ...state, publicLink: null, linkStatus: { live: false } }));
    }
  }

  async addComment(sectionKey: string, body: string): Promise<ArtifactComment> {
    const { initiativeId, artifactId, report } = this.require();
    const comment = await this.fetch(
      this.artifacts.addComment(initiativeId, artifactId, report.number, { sectionKey, body }),
    );
    this.state.update((state) => ({ ...state, comments: [...state.comments, comment] }));
    return comment;
  }

  async resolveComment(commentId: string): Promise<void> {
    const { initiativeId, artifactId } = this.require();
    const resolved = await this.fetch(
      this.artifacts.resolveComment(initiativeId, artifactId, commentId),
    );
    this.state.update((state) => ({
      ...state,
      comments: state.comments.map((comment) => (comment.id === commentId ? resolved : comment)),
    }));
  }

  pdf(): Promise<DownloadedFile> {
    const { initiativeId, artifactId, report } = this.require();
    return this.fetch(
      this.artifacts.pdf(
        initiativeId,
        artifactId,
        report.number,
        `Bericht-Fassung-${report.number}.pdf`,
      ),
    );
  }

  private isCurrent(initiativeId: string, artifactId: string, wanted: number | null): boolean {
    const state = this.state();
    return (
      state.initiativeId === initiativeId &&
      state.artifactId === artifactId &&
      state.wanted === wanted
    );
  }

  private require(): { initiativeId: string; artifactId: string; report: Report } {
    const { initiativeId, artifactId, report } = this.state();
    if (!initiativeId || !artifactId || !report) throw new Error('No report loaded');
    return { initiativeId, artifactId, report };
  }

  private fetch<T>(request: Observable<T>): Promise<T> {
    return firstValueFrom(request);
  }
}
