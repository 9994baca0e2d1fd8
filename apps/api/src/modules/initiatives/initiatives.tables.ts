import type { TableOwnership } from '../../architecture/table-ownership';

/** The tables this module owns, and which other modules may join them in their own SQL. */
export const INITIATIVE_TABLES: TableOwnership = {
  initiatives: {
    readBy: [
      'action-plan',
      'actors',
      'agreements',
      'artifacts',
      'indicators',
      'measures',
      'phases',
      'reports',
    ],
  },
};
