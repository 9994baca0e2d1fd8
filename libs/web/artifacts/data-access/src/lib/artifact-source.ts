import type { Signal } from '@angular/core';
import type {
  Artifact,
  ArtifactVersionSummary,
  AuditEvent,
  Page,
  VersionDiff,
} from '@gw/shared/contracts';

/**
 * What the shared views of an artifact (comparison, audit trail) read from the store of the
 * artifact on screen. Each kind's store implements it and its routes provide it
 * (`{ provide: ArtifactSource, useExisting: AgreementStore }`), so the views know no kind.
 */
export abstract class ArtifactSource {
  /** The artifact once loaded; a new value (after a change) restarts the audit trail. */
  abstract readonly artifact: Signal<Artifact | null>;
  /** Its versions, newest first; empty until it is loaded. */
  abstract readonly versions: Signal<readonly ArtifactVersionSummary[]>;
  /** The number of the version being looked at, if any: the comparison starts from it. */
  abstract readonly selected: Signal<number | null>;

  abstract diff(from: number, to: number): Promise<VersionDiff>;
  abstract auditPage(page: number, pageSize: number): Promise<Page<AuditEvent>>;
}
