import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const ACTOR_TABLES: TableOwnership = {
  actors: {
    // A body lists its member actors by name and admits only actors of its own initiative.
    // Measures and working groups list their actors' ids in the order of the actors' names.
    // The agreement names the partners who sign it and the actors a signer represents.
    readBy: ['agreements', 'existing-bodies', 'measures', 'working-groups'],
  },
  actor_representatives: {
    // Whom a member represents decides for which actor they may sign the agreement.
    readBy: ['agreements'],
  },
};
