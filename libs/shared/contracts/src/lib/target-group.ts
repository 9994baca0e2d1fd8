/** The target groups the product knows; anything else is entered as free text. */
export const TARGET_GROUPS = ['young_people', 'seniors', 'refugees', 'families'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
