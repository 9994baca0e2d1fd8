export {
  ArtifactsApi,
  artifactUrl,
  versionUrl,
  filenameOf,
  type DownloadedFile,
} from './lib/artifacts.api';
export { ArtifactSource } from './lib/artifact-source';
export { ArtifactReads, type ArtifactIds } from './lib/artifact-reads';
export { type ApprovalProgress, approvalProgress } from './lib/approval-progress';
