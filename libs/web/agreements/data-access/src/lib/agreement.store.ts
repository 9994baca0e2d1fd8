import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  AgreementContent,
  Artifact,
  ArtifactComment,
  SignRequest,
  SignatureOverview,
  WithdrawRequest,
} from '@gw/shared/contracts';
import { ArtifactReads, ArtifactsApi, type ArtifactSource } from '@gw/web/artifacts/data-access';
import { KeyedLoad } from '@gw/web/shared/data-access';
import { AgreementApi, type AgreementVersion } from './agreement.api';

/** The version being looked at, its comments and (once frozen) its signatures. */
interface ShownVersion {
  version: AgreementVersion;
  comments: ArtifactComment[];
  signatures: SignatureOverview | null;
}

/**
 * The cooperation agreement of one initiative: its versions (newest first), the version being
 * looked at with its comments and signatures. Writes throw the API's problem to the caller, which
 * shows it at its form; the state changes only on success.
 */
@Injectable({ providedIn: 'root' })
export class AgreementStore implements ArtifactSource {
  private readonly api = inject(AgreementApi);
  private readonly artifacts = inject(ArtifactsApi);
  private readonly loaded = new KeyedLoad<string, Artifact>();
  private readonly shown = new KeyedLoad<number, ShownVersion>();
  private readonly reads = new ArtifactReads(
    () => this.loaded.key(),
    () => this.artifact(),
    (number) => `Kooperationsvereinbarung-Fassung-${number}.pdf`,
  );

  readonly artifact = this.loaded.value;
  readonly loading = this.loaded.loading;
  readonly error = this.loaded.error;
  readonly versions = computed(() => this.artifact()?.versions ?? []);
  readonly latest = computed(() => this.versions()[0] ?? null);
  /** A new version may start unless a draft exists or a signature round runs. */
  readonly canStartVersion = computed(() => {
    const status = this.latest()?.status;
    return status !== 'draft' && status !== 'signing';
  });

  readonly selected = this.shown.key;
  readonly version = computed(() => this.shown.value()?.version ?? null);
  readonly versionLoading = this.shown.loading;
  readonly versionError = this.shown.error;
  readonly comments = computed(() => this.shown.value()?.comments ?? []);
  readonly signatures = computed(() => this.shown.value()?.signatures ?? null);
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

  readonly diff = this.reads.diff;
  readonly auditPage = this.reads.auditPage;
  readonly pdf = this.reads.pdf;

  async load(initiativeId: string): Promise<void> {
    if (this.loaded.key() !== initiativeId) this.shown.clear();
    await this.loaded.load(initiativeId, () => this.fetchArtifact(initiativeId), true);
  }

  /** Shows a version with its comments and, once frozen, its signatures. */
  async select(number: number, force = false): Promise<void> {
    await this.shown.load(
      number,
      async () => {
        const { initiativeId, artifactId } = this.reads.ids();
        const version = await firstValueFrom(
          this.artifacts.getVersion<AgreementContent>(initiativeId, artifactId, number),
        );
        const [comments, signatures] = await Promise.all([
          firstValueFrom(this.artifacts.comments(initiativeId, artifactId, number)),
          version.status === 'draft'
            ? Promise.resolve(null)
            : firstValueFrom(this.api.signatures(initiativeId, artifactId, number)),
        ]);
        return { version, comments, signatures };
      },
      force,
    );
  }

  async reloadVersion(): Promise<void> {
    const number = this.shown.key();
    if (number !== null) await this.select(number, true);
  }

  /** Starts a draft: the first prefilled by the API, later ones copied from the latest. */
  async createVersion(): Promise<AgreementVersion> {
    const { initiativeId, artifactId } = this.reads.ids();
    const version = await firstValueFrom(
      this.artifacts.createVersion<AgreementContent>(initiativeId, artifactId),
    );
    await this.refreshArtifact();
    this.shown.show(version.number, { version, comments: [], signatures: null });
    return version;
  }

  /** Saves the draft with the row version last read; a 409 stale-version is thrown. */
  async save(content: AgreementContent): Promise<AgreementVersion> {
    const { initiativeId, artifactId } = this.reads.ids();
    const current = this.requireVersion();
    const saved = await firstValueFrom(
      this.artifacts.updateVersion(initiativeId, artifactId, current.number, {
        content,
        version: current.version,
      }),
    );
    this.shown.update(saved.number, (shown) => ({ ...shown, version: saved }));
    return saved;
  }

  /** Freezes the draft and opens its signature round. */
  async submit(): Promise<AgreementVersion> {
    const { initiativeId, artifactId } = this.reads.ids();
    const current = this.requireVersion();
    const submitted = await firstValueFrom(
      this.artifacts.submit<AgreementContent>(initiativeId, artifactId, current.number),
    );
    this.shown.update(submitted.number, (shown) => ({ ...shown, version: submitted }));
    await Promise.all([this.refreshArtifact(), this.refreshSignatures()]);
    return submitted;
  }

  async addComment(sectionKey: string, body: string): Promise<ArtifactComment> {
    const { initiativeId, artifactId } = this.reads.ids();
    const number = this.requireVersion().number;
    const comment = await firstValueFrom(
      this.artifacts.addComment(initiativeId, artifactId, number, { sectionKey, body }),
    );
    this.shown.update(number, (shown) => ({ ...shown, comments: [...shown.comments, comment] }));
    return comment;
  }

  async resolveComment(commentId: string): Promise<ArtifactComment> {
    const { initiativeId, artifactId } = this.reads.ids();
    const number = this.requireVersion().number;
    const resolved = await firstValueFrom(
      this.artifacts.resolveComment(initiativeId, artifactId, commentId),
    );
    this.shown.update(number, (shown) => ({
      ...shown,
      comments: shown.comments.map((comment) => (comment.id === commentId ? resolved : comment)),
    }));
    return resolved;
  }

  /** Signs, declines or accedes; the version's state may change with it (in force, declined). */
  async sign(request: SignRequest): Promise<void> {
    const { initiativeId, artifactId } = this.reads.ids();
    const number = this.requireVersion().number;
    await firstValueFrom(this.api.sign(initiativeId, artifactId, number, request));
    await Promise.all([this.refreshArtifact(), this.select(number, true)]);
  }

  async withdraw(request: WithdrawRequest): Promise<void> {
    const { initiativeId, artifactId } = this.reads.ids();
    await firstValueFrom(this.api.withdraw(initiativeId, artifactId, request));
    await this.refreshSignatures();
  }

  private async refreshArtifact(): Promise<void> {
    const initiativeId = this.loaded.key();
    if (!initiativeId) return;
    const artifact = await this.fetchArtifact(initiativeId);
    this.loaded.update(initiativeId, () => artifact);
  }

  private async refreshSignatures(): Promise<void> {
    const { initiativeId, artifactId } = this.reads.ids();
    const number = this.requireVersion().number;
    const signatures = await firstValueFrom(this.api.signatures(initiativeId, artifactId, number));
    this.shown.update(number, (shown) => ({ ...shown, signatures }));
  }

  private async fetchArtifact(initiativeId: string): Promise<Artifact> {
    const summary = await firstValueFrom(this.api.find(initiativeId));
    if (!summary) {
      // Every initiative has its agreement from the start; a missing one is a server problem.
      throw new HttpErrorResponse({ status: 404, statusText: 'Not Found' });
    }
    return firstValueFrom(this.artifacts.get(initiativeId, summary.id));
  }

  private requireVersion(): AgreementVersion {
    const version = this.version();
    if (!version) throw new Error('No version loaded');
    return version;
  }
}
