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

/** The published version a live public link shows, with what its page names of the initiative. */
export const PUBLIC_REPORT = `
  SELECT v.content, v.content_hash, v.updated_at AS published_at, i.name AS initiative_name,
         i.suppression_threshold AS threshold
    FROM report_public_links l
    JOIN ${VERSION_ARTIFACT_INITIATIVE} ON v.id = l.version_id
   WHERE l.token_hash = $1 AND l.revoked_at IS NULL AND v.status = 'published'`;

export interface PublicReportRow {
  content: ReportContent;
  content_hash: string;
  published_at: Date;
  initiative_name: string;
  threshold: number;
}

/** The initiative's name, for the report's document. */
export const INITIATIVE_NAME = 'SELECT name FROM initiatives WHERE id = $1';
