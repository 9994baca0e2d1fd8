export interface SharedGoalRow {
  vision: string;
  version: number;
  updated_at: Date | null;
}

export interface GoalRow {
  id: string;
  title: string;
  description: string;
  position: number;
}

export const SHARED_GOAL_OF_INITIATIVE =
  'SELECT vision, version, updated_at FROM shared_goals WHERE initiative_id = $1';

export const GOALS_OF_INITIATIVE = `
  SELECT id, title, description, position FROM goals
   WHERE initiative_id = $1 ORDER BY position, created_at, id`;

/** Initiatives always have the row; this only guards against one made by hand without it. */
export const ENSURE_SHARED_GOAL =
  'INSERT INTO shared_goals (initiative_id) VALUES ($1) ON CONFLICT DO NOTHING';
