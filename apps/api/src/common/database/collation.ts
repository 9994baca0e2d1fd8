/**
 * The database runs with the C locale, whose lower() and ORDER BY know ASCII only. These SQL
 * fragments use ICU instead, so that German names compare and sort as people expect.
 */

/** Case-folded text for comparisons ("ÄMTER" = "ämter"); the actor name index uses it. */
export const caseFolded = (expression: string) => `lower(${expression} COLLATE "und-x-icu")`;

/** Text in German dictionary order (Ärztekammer beside Arbeitsagentur, not after Zoo). */
export const inGermanOrder = (expression: string) => `${expression} COLLATE "de-x-icu"`;
