import { inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Artifact, AuditEvent, Page, VersionDiff } from '@gw/shared/contracts';
import { ArtifactsApi, type DownloadedFile } from './artifacts.api';

/** Which artifact a store has loaded. */
export interface ArtifactIds {
  initiativeId: string;
  artifactId: string;
}

/**
 * The artifact a kind's store has loaded, and the reads every store offers alike for it: the
 * comparison of two versions, a page of the audit trail, a version's PDF. Create it in a field of
 * the store (it injects `ArtifactsApi`).
 */
export class ArtifactReads {
  private readonly api = inject(ArtifactsApi);

  constructor(
    private readonly initiativeId: () => string | null,
    private readonly artifact: () => Artifact | null,
    /** The PDF's name should the API not send one, e.g. `Aktionsplan-Basislinie-2.pdf`. */
    private readonly pdfName: (number: number) => string,
  ) {}

  /** Whose artifact is loaded; a write before that is a programming error. */
  ids(): ArtifactIds {
    const initiativeId = this.initiativeId();
    const artifact = this.artifact();
    if (!initiativeId || !artifact) throw new Error('No artifact loaded');
    return { initiativeId, artifactId: artifact.id };
  }

  readonly diff = (from: number, to: number): Promise<VersionDiff> => {
    const { initiativeId, artifactId } = this.ids();
    return firstValueFrom(this.api.diff(initiativeId, artifactId, from, to));
  };

  readonly auditPage = (page: number, pageSize: number): Promise<Page<AuditEvent>> => {
    const { initiativeId, artifactId } = this.ids();
    return firstValueFrom(this.api.audit(initiativeId, artifactId, page, pageSize));
  };

  readonly pdf = (number: number): Promise<DownloadedFile> => {
    const { initiativeId, artifactId } = this.ids();
    return firstValueFrom(this.api.pdf(initiativeId, artifactId, number, this.pdfName(number)));
  };
}
