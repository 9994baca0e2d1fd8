import { InjectionToken, type Provider, type Type } from '@angular/core';
import type { AuditAction, AuditEvent, VersionStatus } from '@gw/shared/contracts';
import { ArtifactSource } from '@gw/web/artifacts/data-access';
import type { I18nService, TranslationKey } from '@gw/web/shared/i18n';
import type { TextPrefix } from './text-prefix';

/** The texts of the comparison, found under the kind's prefix (`agreement.diff.title`, …). */
export type DiffText =
  | 'title'
  | 'intro'
  | 'from'
  | 'to'
  | 'legend'
  | 'added'
  | 'removed'
  | 'addedStart'
  | 'removedStart'
  | 'end'
  | 'changed'
  | 'unchanged'
  | 'summary'
  | 'noChanges'
  | 'needTwo'
  | 'same';

/** The texts of the audit trail, found under the kind's prefix (`agreement.history.title`, …). */
export type HistoryText =
  | 'title'
  | 'intro'
  | 'empty'
  | 'more'
  | 'count'
  | 'who'
  | 'unknownActor'
  | 'hash';

/**
 * How one kind of artifact speaks in the shared views (comparison, audit trail): the words differ
 * („Fassung 2“, „Basislinie 2“) while the views are the same. Provided by the kind's routes with
 * `provideArtifactViews`; the texts must be loaded there (`featureTexts`).
 */
export interface ArtifactWording {
  /** A version's name, with its number as `{n}`. */
  versionLabel: TranslationKey;
  /** The word for a version's state. */
  statusKey: (status: VersionStatus) => TranslationKey;
  diff: TextPrefix<DiffText>;
  history: TextPrefix<HistoryText>;
  /** The word for what an entry of the audit trail records. */
  auditActionKey: (action: AuditAction) => TranslationKey;
  /** The kind's details of an entry, in words: for which partner, the comment, copied from … */
  auditDetails: (event: AuditEvent, i18n: I18nService) => string[];
}

export const ARTIFACT_WORDING = new InjectionToken<ArtifactWording>('ArtifactWording');

/**
 * What `VersionDiffComponent` and `AuditTrailComponent` need, for the providers of a kind's
 * route: the kind's store as their `ArtifactSource`, and its wording.
 */
export function provideArtifactViews(
  source: Type<ArtifactSource>,
  wording: ArtifactWording,
): Provider[] {
  return [
    { provide: ArtifactSource, useExisting: source },
    { provide: ARTIFACT_WORDING, useValue: wording },
  ];
}
