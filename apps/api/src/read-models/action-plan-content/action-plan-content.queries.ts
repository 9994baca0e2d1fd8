import { inGermanOrder } from '../../common/database/collation';

/** The names a baseline freezes with its measures, so that it reads right after a rename. */
export const BASELINE_GOALS = `SELECT id, title FROM goals WHERE initiative_id = $1 ORDER BY position, id`;

export const BASELINE_WORKING_GROUPS = `
  SELECT id, name FROM working_groups WHERE initiative_id = $1 ORDER BY ${inGermanOrder('name')}, id`;

export const BASELINE_ACTORS = `
  SELECT id, name FROM actors WHERE id = ANY($1) ORDER BY ${inGermanOrder('name')}, id`;

export const BASELINE_INDICATORS = `
  SELECT id, name, unit, visibility FROM indicators WHERE id = ANY($1) ORDER BY ${inGermanOrder('name')}, id`;
