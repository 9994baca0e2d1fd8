import type {
  ArtifactKind,
  ArtifactSummary,
  ArtifactVersionSummary,
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
