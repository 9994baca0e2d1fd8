import type { Data } from '@angular/router';
import type { Phase } from '@gw/shared/contracts';

/**
 * The sections of an initiative in the navigation, grouped the way an initiative works: the
 * initiative itself, then one group per phase with what that phase produces. A new section gets
 * an id here (its label is `initiatives.nav.<id>`) and a child route of the shell with
 * `data: sectionData(<id>)`.
 */
export const SECTION_GROUPS = [
  { group: 'initiative', sections: ['overview', 'phases', 'members'] },
  { group: 'initiierung', sections: ['actors', 'bodies', 'goal', 'agreement'] },
  { group: 'gestaltung', sections: ['workingGroups', 'actionPlan', 'indicators', 'baselines'] },
  { group: 'umsetzung', sections: ['measurements', 'dashboard', 'reports'] },
] as const satisfies readonly { group: 'initiative' | Phase; sections: readonly string[] }[];

export type SectionId = (typeof SECTION_GROUPS)[number]['sections'][number];

/** What waits for the user per section (shown as a count beside it); none is no badge. */
export type SectionCounts = Partial<Record<SectionId, number>>;

const SECTION_KEY = 'section';

/** Route data that puts a child route of the shell into the navigation as `id`. */
export const sectionData = (id: SectionId): Data => ({ [SECTION_KEY]: id });

/** The section a route stands for, if any. */
export const sectionOf = (data: Data | undefined): SectionId | undefined =>
  data?.[SECTION_KEY] as SectionId | undefined;
