export {
  ARTIFACT_WORDING,
  provideArtifactViews,
  type ArtifactWording,
  type DiffText,
  type HistoryText,
} from './lib/artifact-wording';
export { type TextPrefix } from './lib/text-prefix';
export { ActionRunner } from './lib/action-runner';
export { ArtifactActions } from './lib/artifact-actions';
export { VersionStatusComponent } from './lib/version-status/version-status.component';
export { VersionDiffComponent } from './lib/version-diff/version-diff.component';
export { AuditTrailComponent } from './lib/audit-trail/audit-trail.component';
export {
  ApprovalPanelComponent,
  type ApprovalSubject,
  type ApprovalText,
} from './lib/approval-panel/approval-panel.component';
export {
  ArtifactViewsNavComponent,
  type ViewsNavText,
} from './lib/artifact-views-nav/artifact-views-nav.component';
/** Test data as the API sends it, for the specs of the artifacts' libraries only. */
export * as artifactFixtures from './lib/testing/artifact-fixtures';
export {
  ArtifactCommentsComponent,
  type CommentSection,
  type CommentSectionText,
  type CommentText,
} from './lib/artifact-comments/artifact-comments.component';
