export {
  ArtifactsApi,
  artifactUrl,
  versionUrl,
  filenameOf,
  type DownloadedFile,
} from './lib/artifacts.api';
export { ArtifactSource } from './lib/artifact-source';
export { ArtifactReads, type ArtifactIds } from './lib/artifact-reads';
export { KeyedLoad } from './lib/keyed-load';
export { type ApprovalProgress, approvalProgress } from './lib/approval-progress';
