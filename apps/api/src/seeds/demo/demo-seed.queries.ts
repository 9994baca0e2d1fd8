/**
 * The SQL of the demo seed. It looks up what the seed wrote earlier (by name or login) and writes
 * what no service may write (comments dated in the past); see docs/architecture.md.
 */

/** Whether any user exists: the seed runs only into an empty database. */
export const ANY_USER_EXISTS = 'SELECT EXISTS (SELECT 1 FROM users) AS exists';

/** Which of the given e-mail addresses have a user. */
export const EXISTING_EMAILS = 'SELECT email FROM users WHERE email = ANY($1)';

/** The initiative's members with their users ($1 initiative). */
export const CAST_MEMBERS = `
  SELECT m.id AS membership_id, u.id AS user_id, u.email, u.display_name, m.role
    FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.initiative_id = $1`;

/** The demo members with their user and login ($1 initiative, $2 the demo e-mail pattern). */
export const DEMO_MEMBERS = `
  SELECT m.id, m.user_id, split_part(u.email, '@', 1) AS login
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.initiative_id = $1 AND u.email LIKE $2`;

/** The demo members' membership ids by login ($1 initiative, $2 the demo e-mail pattern). */
export const MEMBERSHIP_IDS_BY_LOGIN = `
  SELECT split_part(u.email, '@', 1) AS key, m.id FROM memberships m
    JOIN users u ON u.id = m.user_id WHERE m.initiative_id = $1 AND u.email LIKE $2`;

/** The demo members' user ids by login ($1 initiative, $2 the demo e-mail pattern). */
export const USER_IDS_BY_LOGIN = `
  SELECT split_part(u.email, '@', 1) AS key, u.id FROM memberships m
    JOIN users u ON u.id = m.user_id WHERE m.initiative_id = $1 AND u.email LIKE $2`;

/** The initiative's actors by name. */
export const ACTOR_IDS_BY_NAME = 'SELECT name AS key, id FROM actors WHERE initiative_id = $1';

/** The initiative's goals by position. */
export const GOAL_IDS_BY_POSITION =
  'SELECT position::text AS key, id FROM goals WHERE initiative_id = $1';

/** The initiative's indicators by name. */
export const INDICATOR_IDS_BY_NAME =
  'SELECT name AS key, id FROM indicators WHERE initiative_id = $1';

/** The initiative's dimensions by name. */
export const DIMENSION_IDS_BY_NAME =
  'SELECT name AS key, id FROM dimensions WHERE initiative_id = $1';

/** The initiative's dimension values by "dimension|value". */
export const DIMENSION_VALUE_IDS_BY_NAME = `
  SELECT d.name || '|' || v.value AS key, v.id FROM dimension_values v
    JOIN dimensions d ON d.id = v.dimension_id WHERE d.initiative_id = $1`;

/** The initiative's artifact of a kind ($1 initiative, $2 kind). */
export const ARTIFACT_OF_KIND = 'SELECT id FROM artifacts WHERE initiative_id = $1 AND kind = $2';

/** One representative per partner that has to sign a version, in the order of the list. */
export const SIGNERS = `
  SELECT DISTINCT ON (s.position) s.actor_id, split_part(u.email, '@', 1) AS login
    FROM agreement_signatories s
    JOIN artifact_versions v ON v.id = s.version_id
    JOIN actor_representatives r ON r.actor_id = s.actor_id
    JOIN memberships m ON m.id = r.membership_id
    JOIN users u ON u.id = m.user_id
   WHERE v.artifact_id = $1 AND v.number = $2
   ORDER BY s.position, lower(u.email)`;

/** Comments on measured values, dated in the past, in one statement. */
export const INSERT_DATED_COMMENTS = `
  INSERT INTO measurement_comments (measurement_id, author_id, body, created_at)
  SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`;
