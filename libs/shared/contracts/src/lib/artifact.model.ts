import type { UserRef } from './user.model';

/** The three tracked products of an initiative, one mechanism for all (shared/domain.md). */
export const ARTIFACT_KINDS = ['agreement', 'action_plan', 'impact_report'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

/**
 * The states of a version. A draft is editable; every other state is frozen (content and
 * contentHash never change again).
 * - agreement: draft → signing → in_force | declined; in_force → superseded
 * - action_plan: draft → submitted → approved | rejected; approved → superseded
 * - impact_report: draft → in_review → approved | rejected; approved → published
 */
export const VERSION_STATUSES = [
  'draft',
  'signing',
  'in_force',
  'declined',
  'submitted',
  'approved',
  'rejected',
  'in_review',
  'published',
  'superseded',
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export interface ArtifactVersionSummary {
  number: number;
  status: VersionStatus;
  /** SHA-256 (hex) of the canonical content; set once the version is submitted. */
  contentHash: string | null;
  createdAt: string;
  createdBy: UserRef | null;
  submittedAt: string | null;
  submittedBy: UserRef | null;
}

export interface ArtifactSummary {
  id: string;
  kind: ArtifactKind;
  title: string;
  latestVersion: ArtifactVersionSummary | null;
  createdAt: string;
}

export interface Artifact extends ArtifactSummary {
  versions: ArtifactVersionSummary[];
}

/** One version with its content; `version` is the row version for optimistic locking. */
export interface ArtifactVersion<C = unknown> extends ArtifactVersionSummary {
  artifactId: string;
  kind: ArtifactKind;
  content: C;
  version: number;
}

export interface UpdateArtifactVersionRequest<C = unknown> {
  content: C;
  version: number;
}

export const DIFF_PART_TYPES = ['equal', 'added', 'removed'] as const;
export type DiffPartType = (typeof DIFF_PART_TYPES)[number];

export interface DiffPart {
  type: DiffPartType;
  text: string;
}

export interface SectionDiff {
  key: string;
  title: string;
  changed: boolean;
  parts: DiffPart[];
}

/** Two versions compared section by section (word by word within a section). */
export interface VersionDiff {
  from: number;
  to: number;
  sections: SectionDiff[];
}

export const COMMENT_LIMITS = { body: 4000 } as const;

/** A member's comment on a version, anchored to one of its sections. */
export interface ArtifactComment {
  id: string;
  versionNumber: number;
  sectionKey: string;
  body: string;
  author: UserRef | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: UserRef | null;
}

export interface CreateCommentRequest {
  sectionKey: string;
  body: string;
}

export const AUDIT_ACTIONS = [
  'version_created',
  'version_submitted',
  'comment_resolved',
  'signed',
  'declined',
  'acceded',
  'withdrew',
  'in_force',
  'superseded',
  'approved',
  'rejected',
  'published',
  'approval_given',
  'approval_refused',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of an artifact's append-only audit trail. */
export interface AuditEvent {
  id: string;
  at: string;
  actor: UserRef | null;
  action: AuditAction;
  versionNumber: number | null;
  contentHash: string | null;
  /** What the entry is about, e.g. `{ actorName: 'Jobcenter', reason: '…' }`. */
  detail: Record<string, string>;
}
