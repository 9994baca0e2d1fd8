/** The measures the plan has now (the baseline may hold some that were removed since). */
export const CURRENT_MEASURE_IDS = 'SELECT id FROM measures WHERE initiative_id = $1';

/** The initiative's name, for the plan's documents. */
export const INITIATIVE_NAME = 'SELECT name FROM initiatives WHERE id = $1';
