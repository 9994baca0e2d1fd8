import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, firstValueFrom } from 'rxjs';
import type {
  AgreementContent,
  Artifact,
  ArtifactComment,
  AuditEvent,
  Page,
  SignRequest,
  SignatureOverview,
  VersionDiff,
  WithdrawRequest,
} from '@gw/shared/contracts';
import { type Problem, toProblem } from '@gw/web/shared/data-access';
import { AgreementApi, type AgreementVersion, type DownloadedFile } from './agreement.api';

interface AgreementState {
  initiativeId: string | null;
  artifact: Artifact | null;
  loading: boolean;
  error: Problem | null;
  /** The version being looked at, its comments and (once frozen) its signatures. */
  selected: number | null;
  version: AgreementVersion | null;
  versionLoading: boolean;
  versionError: Problem | null;
  comments: ArtifactComment[];
  signatures: SignatureOverview | null;
}

const EMPTY: AgreementState = {
  initiativeId: null,
  artifact: null,
  loading: false,
  error: null,
  selected: null,
  version: null,
  versionLoading: false,
  versionError: null,
  comments: [],
  signatures: null,
};

const NO_VERSION: Pick<
  AgreementState,
  'selected' | 'version' | 'versionLoading' | 'versionError' | 'comments' | 'signatures'
> = {
  selected: null,
  version: null,
  versionLoading: false,
  versionError: null,
  comments: [],
  signatures: null,
};

/**
 * The cooperation agreement of one initiative: its versions (newest first), the version being
 * looked at with its comments and signatures. Writes throw the API's problem to the caller, which
 * shows it at its form; the state changes only on success.
 */
@Injectable({ providedIn: 'root' })
export class AgreementStore {
  private readonly api = inject(AgreementApi);
  private readonly state = signal<AgreementState>(EMPTY);

  readonly artifact = computed(() => this.state().artifact);
  readonly loading = computed(() => this.state().loading);
  readonly error = computed(() => this.state().error);
  readonly versions = computed(() => this.state().artifact?.versions ?? []);
  readonly latest = computed(() => this.versions()[0] ?? null);
  /** A new version may start unless a draft exists or a signature round runs. */
  readonly canStartVersion = computed(() => {
    const status = this.latest()?.status;
    return status !== 'draft' && status !== 'signing';
  });

  readonly selected = computed(() => this.state().selected);
  readonly version = computed(() => this.state().version);
  readonly versionLoading = computed(() => this.state().versionLoading);
  readonly versionError = computed(() => this.state().versionError);
  readonly comments = computed(() => this.state().comments);
  readonly signatures = computed(() => this.state().signatures);
  readonly isDraft = computed(() => this.version()?.status === 'draft');
  /** The partners the user may sign for (or, on the version in force, accede for) right now. */
  readonly signable = computed(() => this.signatures()?.signable ?? []);
  /** The partners in the version in force whose withdrawal the user may record. */
  readonly withdrawable = computed(() => this.signatures()?.withdrawable ?? []);
  readonly openCommentCounts = computed(() => {
    const counts: Record<string, number> = {};
    for (const comment of this.comments()) {
      if (!comment.resolvedAt) counts[comment.sectionKey] = (counts[comment.sectionKey] ?? 0) + 1;
    }
    return counts;
  });

  async load(initiativeId: string): Promise<void> {
    const same = this.state().initiativeId === initiativeId;
    this.state.set({ ...(same ? this.state() : EMPTY), initiativeId, loading: true, error: null });
    try {
      const artifact = await this.fetchArtifact(initiativeId);
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, artifact, loading: false }));
    } catch (error) {
      if (this.state().initiativeId !== initiativeId) return;
      this.state.update((state) => ({ ...state, loading: false, error: toProblem(error) }));
    }
  }

  /** Shows a version with its comments and, once frozen, its signatures. */
  async select(number: number, force = false): Promise<void> {
    const current = this.state();
    if (!force && current.selected === number && (current.version || current.versionLoading)) {
      return;
    }
    // Reloading the same version keeps it on screen; another one starts empty.
    this.state.update((state) =>
      state.selected === number
        ? { ...state, versionLoading: true, versionError: null }
        : { ...state, ...NO_VERSION, selected: number, versionLoading: true },
    );
    try {
      const { initiativeId, artifactId } = this.ids();
      const version = await this.fetch(this.api.getVersion(initiativeId, artifactId, number));
      const [comments, signatures] = await Promise.all([
        this.fetch(this.api.comments(initiativeId, artifactId, number)),
        version.status === 'draft'
          ? Promise.resolve(null)
          : this.fetch(this.api.signatures(initiativeId, artifactId, number)),
      ]);
      if (this.state().selected !== number) return;
      this.state.update((state) => ({
        ...state,
        version,
        comments,
        signatures,
        versionLoading: false,
      }));
    } catch (error) {
      if (this.state().selected !== number) return;
      this.state.update((state) => ({
        ...state,
        versionLoading: false,
        versionError: toProblem(error),
      }));
    }
  }

  async reloadVersion(): Promise<void> {
    const number = this.state().selected;
    if (number !== null) await this.select(number, true);
  }

  /** Starts a draft: the first prefilled by the API, later ones copied from the latest. */
  async createVersion(): Promise<AgreementVersion> {
    const { initiativeId, artifactId } = this.ids();
    const version = await this.fetch(this.api.createVersion(initiativeId, artifactId));
    await this.refreshArtifact();
    this.state.update((state) => ({
      ...state,
      ...NO_VERSION,
      selected: version.number,
      version,
    }));
    return version;
  }

  /** Saves the draft with the row version last read; a 409 stale-version is thrown. */
  async save(content: AgreementContent): Promise<AgreementVersion> {
    const { initiativeId, artifactId } = this.ids();
    const current = this.requireVersion();
    const saved = await this.fetch(
      this.api.updateVersion(initiativeId, artifactId, current.number, {
        content,
        version: current.version,
      }),
    );
    this.state.update((state) =>
      state.selected === saved.number ? { ...state, version: saved } : state,
    );
    return saved;
  }

  /** Freezes the draft and opens its signature round. */
  async submit(): Promise<AgreementVersion> {
    const { initiativeId, artifactId } = this.ids();
    const current = this.requireVersion();
    const submitted = await this.fetch(this.api.submit(initiativeId, artifactId, current.number));
    this.state.update((state) => ({ ...state, version: submitted }));
    await Promise.all([this.refreshArtifact(), this.refreshSignatures()]);
    return submitted;
  }

  async addComment(sectionKey: string, body: string): Promise<ArtifactComment> {
    const { initiativeId, artifactId } = this.ids();
    const number = this.requireVersion().number;
    const comment = await this.fetch(
      this.api.addComment(initiativeId, artifactId, number, { sectionKey, body }),
    );
    this.state.update((state) =>
      state.selected === number ? { ...state, comments: [...state.comments, comment] } : state,
    );
    return comment;
  }

  async resolveComment(commentId: string): Promise<ArtifactComment> {
    const { initiativeId, artifactId } = this.ids();
    const resolved = await this.fetch(this.api.resolveComment(initiativeId, artifactId, commentId));
    this.state.update((state) => ({
      ...state,
      comments: state.comments.map((comment) => (comment.id === commentId ? resolved : comment)),
    }));
    return resolved;
  }

  /** Signs, declines or accedes; the version's state may change with it (in force, declined). */
  async sign(request: SignRequest): Promise<void> {
    const { initiativeId, artifactId } = this.ids();
    const number = this.requireVersion().number;
    await this.fetch(this.api.sign(initiativeId, artifactId, number, request));
    await Promise.all([this.refreshArtifact(), this.select(number, true)]);
  }

  async withdraw(request: WithdrawRequest): Promise<void> {
    const { initiativeId, artifactId } = this.ids();
    await this.fetch(this.api.withdraw(initiativeId, artifactId, request));
    await this.refreshSignatures();
  }

  diff(from: number, to: number): Promise<VersionDiff> {
    const { initiativeId, artifactId } = this.ids();
    return this.fetch(this.api.diff(initiativeId, artifactId, from, to));
  }

  auditPage(page: number, pageSize: number): Promise<Page<AuditEvent>> {
    const { initiativeId, artifactId } = this.ids();
    return this.fetch(this.api.audit(initiativeId, artifactId, page, pageSize));
  }

  pdf(number: number): Promise<DownloadedFile> {
    const { initiativeId, artifactId } = this.ids();
    return this.fetch(this.api.pdf(initiativeId, artifactId, number));
  }

  private async refreshArtifact(): Promise<void> {
    const initiativeId = this.state().initiativeId;
    if (!initiativeId) return;
    const artifact = await this.fetchArtifact(initiativeId);
    this.state.update((state) =>
      state.initiativeId === initiativeId ? { ...state, artifact } : state,
    );
  }

  private async refreshSignatures(): Promise<void> {
    const { initiativeId, artifactId } = this.ids();
    const number = this.requireVersion().number;
    const signatures = await this.fetch(this.api.signatures(initiativeId, artifactId, number));
    this.state.update((state) => (state.selected === number ? { ...state, signatures } : state));
  }

  private async fetchArtifact(initiativeId: string): Promise<Artifact> {
    const summary = await this.fetch(this.api.find(initiativeId));
    if (!summary) {
      // Every initiative has its agreement from the start; a missing one is a server problem.
      throw new HttpErrorResponse({ status: 404, statusText: 'Not Found' });
    }
    return this.fetch(this.api.get(initiativeId, summary.id));
  }

  private ids(): { initiativeId: string; artifactId: string } {
    const { initiativeId, artifact } = this.state();
    if (!initiativeId || !artifact) throw new Error('No agreement loaded');
    return { initiativeId, artifactId: artifact.id };
  }

  private requireVersion(): AgreementVersion {
    const version = this.state().version;
    if (!version) throw new Error('No version loaded');
    return version;
  }

  private fetch<T>(request: Observable<T>): Promise<T> {
    return firstValueFrom(request);
  }
}
