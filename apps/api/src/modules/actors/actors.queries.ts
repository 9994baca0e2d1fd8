/** The actor stops being a partner; the version moves so that open edit forms see the change. */
export const END_PARTNERSHIP = `
  UPDATE actors SET is_partner = false, version = version + 1, updated_at = now()
   WHERE id = $1 AND initiative_id = $2 AND is_partner`;
