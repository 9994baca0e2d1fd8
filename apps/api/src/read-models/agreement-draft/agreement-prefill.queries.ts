/** What the first draft of an agreement is written from, one statement per source. */
export const INITIATIVE = `
  SELECT name, description, municipality, districts, target_groups AS "targetGroups",
         custom_target_groups AS "customTargetGroups", owner
    FROM initiatives WHERE id = $1`;

export const VISION = `SELECT vision FROM shared_goals WHERE initiative_id = $1`;

export const GOALS = `SELECT title, description FROM goals WHERE initiative_id = $1 ORDER BY position`;

export const PARTNERS = `
  SELECT name, area, kind, contributions, resources FROM actors
   WHERE initiative_id = $1 AND is_partner ORDER BY lower(name)`;

/** The steering group and the coordination office, by name. */
export const MEMBERS_WHO_LEAD = `
  SELECT m.role, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.initiative_id = $1 AND m.role IN ('steering', 'coordination')
   ORDER BY lower(u.display_name)`;

export const BODIES = `SELECT name, type FROM existing_bodies WHERE initiative_id = $1 ORDER BY lower(name)`;
