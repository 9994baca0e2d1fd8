import type {
  ActionPlanContent,
  ApprovalDecision,
  ArtifactKind,
  ArtifactSummary,
  ArtifactVersionSummary,
  AuditAction,
  VersionStatus,
} from '@gw/shared/contracts';
import { userRef } from '../users/user-ref.schema';

/** The columns every read of a version selects (with the names of who created and submitted it). */
export const VERSION_COLUMNS = `v.number, v.status, v.content_hash, v.created_at, v.submitted_at,
  v.created_by, cu.display_name AS created_by_name, v.submitted_by, su.display_name AS submitted_by_name`;

export const VERSION_JOINS = `LEFT JOIN users cu ON cu.id = v.created_by
  LEFT JOIN users su ON su.id = v.submitted_by`;

export interface VersionRow {
  number: number;
  status: VersionStatus;
  content_hash: string | null;
  created_at: Date;
  submitted_at: Date | null;
  created_by: string | null;
  created_by_name: string | null;
  submitted_by: string | null;
  submitted_by_name: string | null;
}

export interface ArtifactRow {
  id: string;
  kind: ArtifactKind;
  title: string;
  created_at: Date;
}

export function toVersionSummary(row: VersionRow): ArtifactVersionSummary {
  return {
    number: row.number,
    status: row.status,
    contentHash: row.content_hash,
    createdAt: row.created_at.toISOString(),
    createdBy: userRef(row.created_by, row.created_by_name),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    submittedBy: userRef(row.submitted_by, row.submitted_by_name),
  };
}

export function toArtifactSummary(
  row: ArtifactRow,
  latest: ArtifactVersionSummary | null,
): ArtifactSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    latestVersion: latest,
    createdAt: row.created_at.toISOString(),
  };
}

/** The artifacts of an initiative, each with its latest version (if any), newest first. */
export const ARTIFACTS_OF_INITIATIVE = `
  SELECT a.id AS artifact_id, a.kind, a.title, a.created_at AS artifact_created_at,
         ${VERSION_COLUMNS}
    FROM artifacts a
    LEFT JOIN LATERAL (
      SELECT * FROM artifact_versions WHERE artifact_id = a.id ORDER BY number DESC LIMIT 1
    ) v ON true
    ${VERSION_JOINS}
   WHERE a.initiative_id = $1 AND ($2::text IS NULL OR a.kind = $2)
   ORDER BY a.created_at DESC, a.id`;

export type ArtifactListRow = Omit<VersionRow, 'number'> & {
  artifact_id: string;
  kind: ArtifactKind;
  title: string;
  artifact_created_at: Date;
  number: number | null;
};

/** Every version of an artifact, newest first. */
export const VERSIONS_OF_ARTIFACT = `
  SELECT ${VERSION_COLUMNS} FROM artifact_versions v ${VERSION_JOINS}
   WHERE v.artifact_id = $1 ORDER BY v.number DESC`;

/** One version with its content. */
export const VERSION_WITH_CONTENT = `
  SELECT ${VERSION_COLUMNS}, v.content, v.version FROM artifact_versions v ${VERSION_JOINS}
   WHERE v.artifact_id = $1 AND v.number = $2`;

export type VersionWithContentRow = VersionRow & { content: unknown; version: number };

/** The content of an artifact's latest version. */
export const LATEST_CONTENT = `
  SELECT content FROM artifact_versions WHERE artifact_id = $1 ORDER BY number DESC LIMIT 1`;

/** The artifact of a kind that an initiative has once (the agreement, the action plan). */
export const ARTIFACT_OF_KIND = `SELECT id FROM artifacts WHERE initiative_id = $1 AND kind = $2`;

/** What a content hash belongs to: the version, its artifact and the initiative's name. */
export const VERSION_BY_HASH = `
  SELECT i.name AS initiative_name, a.kind, a.title, v.number, v.status, v.content_hash, v.id AS version_id
    FROM artifact_versions v
    JOIN artifacts a ON a.id = v.artifact_id
    JOIN initiatives i ON i.id = a.initiative_id
   WHERE v.content_hash = $1`;

export interface VersionByHashRow {
  initiative_name: string;
  kind: ArtifactKind;
  title: string;
  number: number;
  status: VersionStatus;
  content_hash: string;
  version_id: string;
}

/**
 * Exported for the kinds' own statements that start from a version id (a report's public link):
 * the version `v`, its artifact `a` and the initiative `i`, joined in parentheses.
 */
export const VERSION_ARTIFACT_INITIATIVE = `(artifact_versions v
    JOIN artifacts a ON a.id = v.artifact_id
    JOIN initiatives i ON i.id = a.initiative_id)`;

/** The last approved baseline of an initiative's action plan. */
export const LATEST_APPROVED_BASELINE = `
  SELECT v.number, v.content_hash, v.updated_at, v.content
    FROM artifact_versions v JOIN artifacts a ON a.id = v.artifact_id
   WHERE a.initiative_id = $1 AND a.kind = 'action_plan' AND v.status = 'approved'
   ORDER BY v.number DESC LIMIT 1`;

export interface BaselineRow {
  number: number;
  content_hash: string;
  updated_at: Date;
  content: ActionPlanContent;
}

/** An artifact of the initiative, in the shape of its entity. */
export const ARTIFACT_RECORD = `
  SELECT id, initiative_id AS "initiativeId", kind, title, created_at AS "createdAt"
    FROM artifacts WHERE id = $1 AND initiative_id = $2`;

/** One version, in the shape of its entity. */
export const VERSION_RECORD = `
  SELECT id, artifact_id AS "artifactId", number, status, content, content_hash AS "contentHash",
         version, created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt",
         submitted_by AS "submittedBy", submitted_at AS "submittedAt"
    FROM artifact_versions WHERE artifact_id = $1 AND number = $2`;

/**
 * Whether the initiative ($1) has a version of the artifact kind ($2) in the status ($3): the
 * phases ask it before a phase may begin, without depending on the artifacts module.
 */
export const VERSION_OF_KIND_IN_STATUS = `
  SELECT 1 FROM artifact_versions v JOIN artifacts a ON a.id = v.artifact_id
   WHERE a.initiative_id = $1 AND a.kind = $2 AND v.status = $3
   LIMIT 1`;

/** One page of an artifact's audit trail, oldest first. */
export const EVENTS_PAGE = `
  SELECT id, created_at, actor_user_id, actor_name, action, version_number, content_hash,
         detail, count(*) OVER () AS total
    FROM artifact_events WHERE artifact_id = $1
   ORDER BY id LIMIT $2 OFFSET $3`;

/** An artifact's whole audit trail, oldest first. */
export const ALL_EVENTS = `
  SELECT id, created_at, actor_user_id, actor_name, action, version_number, content_hash,
         detail, 0 AS total
    FROM artifact_events WHERE artifact_id = $1 ORDER BY id`;

export const EVENT_COUNT = 'SELECT count(*) AS total FROM artifact_events WHERE artifact_id = $1';

export interface EventRow {
  id: string;
  created_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  action: AuditAction;
  version_number: number | null;
  content_hash: string | null;
  detail: Record<string, string>;
  total: string;
}

const COMMENT_SELECT = `
  SELECT c.id, v.number, c.section_key, c.body, c.author_id, au.display_name AS author_name,
         c.created_at, c.resolved_at, c.resolved_by, ru.display_name AS resolver_name
    FROM artifact_comments c
    JOIN artifact_versions v ON v.id = c.version_id
    LEFT JOIN users au ON au.id = c.author_id
    LEFT JOIN users ru ON ru.id = c.resolved_by`;

/** The comments on a version: all, the open or the resolved ones. */
export const COMMENTS_OF_VERSION = `${COMMENT_SELECT}
   WHERE v.artifact_id = $1 AND v.number = $2
     AND ($3 = 'all' OR ($3 = 'open') = (c.resolved_at IS NULL))
   ORDER BY c.created_at, c.id`;

export const COMMENT_BY_ID = `${COMMENT_SELECT} WHERE c.id = $1`;

export interface CommentRow {
  id: string;
  number: number;
  section_key: string;
  body: string;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
  resolver_name: string | null;
}

/** A comment to resolve, locked, with its version. */
export const LOCK_COMMENT = `
  SELECT c.id, v.number, v.content_hash, c.resolved_at
    FROM artifact_comments c JOIN artifact_versions v ON v.id = c.version_id
   WHERE c.id = $1 AND v.artifact_id = $2 FOR UPDATE OF c`;

export interface LockedCommentRow {
  id: string;
  number: number;
  content_hash: string | null;
  resolved_at: Date | null;
}

/** The initiative's steering members: who decides on a version submitted now. */
export const STEERING_MEMBERS = `
  SELECT u.id, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.initiative_id = $1 AND m.role = 'steering'
   ORDER BY lower(u.display_name), u.id`;

export const APPROVAL_QUORUM = `SELECT approval_quorum FROM initiatives WHERE id = $1`;

const DECISION_SELECT = `
  SELECT id, approver_id AS "approverId", approver_name AS "approverName", decision, comment,
         content_hash AS "contentHash", decided_at AS "decidedAt"
    FROM artifact_approvals`;

/** The decisions on a version, in the order they were made. */
export const DECISIONS_ON_VERSION = `${DECISION_SELECT} WHERE version_id = $1 ORDER BY decided_at, id`;

export const DECISION_BY_ID = `${DECISION_SELECT} WHERE id = $1`;

/** A steering member's decision, as a statement and the entity read it. */
export interface DecisionRecord {
  id: string;
  approverId: string | null;
  approverName: string;
  decision: ApprovalDecision;
  comment: string | null;
  contentHash: string;
  decidedAt: Date;
}
