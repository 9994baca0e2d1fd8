import type { ReportContent } from '@gw/shared/contracts';
import { VERSION_ARTIFACT_INITIATIVE } from '../artifacts/artifacts.queries';

/** Revokes the live public link of a version (there is at most one). */
export const REVOKE_LIVE_LINK = `
  UPDATE report_public_links SET revoked_at = now(), revoked_by = $2
   WHERE version_id = $1 AND revoked_at IS NULL`;

/** A new public link; only the token's hash is stored. */
export const INSERT_LINK = `
  INSERT INTO report_public_links (version_id, token_hash, created_by) VALUES ($1, $2, $3)
  RETURNING created_at`;

/**
 * Opens a live public link: counts the opening and answers with the published version it shows
 * and what its page names of the initiative. One statement, so that an opening costs one round
 * trip; an unknown, revoked or unpublished link counts nothing and answers no row.
 */
export const OPEN_PUBLIC_REPORT = `
  UPDATE report_public_links l
     SET opened_count = l.opened_count + 1, last_opened_at = now()
    FROM ${VERSION_ARTIFACT_INITIATIVE}
   WHERE l.token_hash = $1 AND l.revoked_at IS NULL AND v.id = l.version_id
     AND v.status = 'published'
  RETURNING v.content, v.content_hash, v.updated_at AS published_at, i.name AS initiative_name,
            i.suppression_threshold AS threshold`;

/** The live public link of a version (there is at most one). */
export const LIVE_LINK = `
  SELECT created_at, opened_count, last_opened_at FROM report_public_links
   WHERE version_id = $1 AND revoked_at IS NULL`;

export interface LiveLinkRow {
  created_at: Date;
  opened_count: number;
  last_opened_at: Date | null;
}

export interface PublicReportRow {
  content: ReportContent;
  content_hash: string;
  published_at: Date;
  initiative_name: string;
  threshold: number;
}

/** The initiative's name, for the report's document. */
export const INITIATIVE_NAME = 'SELECT name FROM initiatives WHERE id = $1';
