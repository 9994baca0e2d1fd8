/** The three phases of a Gemeinsam-Wirken initiative, in order. */
export const PHASES = ['initiierung', 'gestaltung', 'umsetzung'] as const;
export type Phase = (typeof PHASES)[number];
